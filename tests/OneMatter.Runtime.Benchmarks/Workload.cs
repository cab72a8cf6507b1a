using OneMatter.Engine.Commands;
using OneMatter.Engine.Definitions;
using OneMatter.Engine.Instances;
using OneMatter.Engine.Interpreter;
using OneMatter.Engine.Loading;
using OneMatter.Engine.Simulation;
using OneMatter.Runtime;

namespace OneMatter.Runtime.Benchmarks;

/// <summary>The repository's rural-housing definition, its engine and the commands of its happy
/// path (as tests/OneMatter.Engine.Benchmarks/RuralHousingWorkload.cs: a ~1 KB form, then accept,
/// village opinion, land, housing, homestead, the public-notice timer, approval).</summary>
internal sealed class Workload
{
    private readonly Dictionary<string, IReadOnlyDictionary<string, string?>> _fields = [];
    private readonly Dictionary<string, Actor> _officers = [];
    private readonly Lock _lock = new();

    public Workload()
    {
        var root = RepoRoot();
        WorkflowsFolder = Path.Combine(root, "workflows");
        TemplatesFolder = Path.Combine(root, "templates");
        var workspace = Workspace.Load(Path.Combine(root, "workflows"), Path.Combine(root, "templates"));
        if (!workspace.Definitions.TryGetValue("rural-housing", out var definition))
        {
            throw new InvalidOperationException("rural-housing did not load: " + string.Join("; ", workspace.Errors));
        }
        Definition = definition;
        Engine = new MatterEngine(workspace.Org, workspace.Calendars);
        Catalog = new DefinitionCatalog(workspace.Definitions.Values);
        SmallForm = FormSampler.Complete(definition.Form, new Dictionary<string, string?>(), workspace.Org, new DateOnly(2026, 3, 2));
        var form = new Dictionary<string, string?>(SmallForm);
        // Pad a free-text field so the form is about 1 KB, like a real application.
        var text = definition.Form.Where(f => f.Type == FieldType.Text && f.Max is null or >= 200).Select(f => f.Id).FirstOrDefault();
        if (text is not null)
        {
            form[text] = new string('农', 300);
        }
        Form = form;
    }

    public static DateTimeOffset Start { get; } = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(8));

    public MatterEngine Engine { get; }

    /// <summary>The repository's <c>workflows/</c> folder, for runs on the whole runtime composition.</summary>
    public string WorkflowsFolder { get; }

    /// <summary>The repository's <c>templates/</c> folder.</summary>
    public string TemplatesFolder { get; }

    public MatterDefinition Definition { get; }

    public DefinitionCatalog Catalog { get; }

    /// <summary>The ~1 KB application form.</summary>
    public IReadOnlyDictionary<string, string?> Form { get; }

    /// <summary>The sampled form without padding.</summary>
    public IReadOnlyDictionary<string, string?> SmallForm { get; }

    public StartMatter StartCommand(string instanceId, bool small = false) =>
        new() { Actor = Actor.ApplicantAccount("applicant"), InstanceId = instanceId, Form = small ? SmallForm : Form };

    /// <summary>The next command of the happy path, and the instant it must be decided at or after
    /// (the due instant of the notice timer), or null when the instance has ended.</summary>
    public (MatterCommand Command, DateTimeOffset? NotBefore)? Next(MatterState state)
    {
        if (state.Status != MatterStatus.Running)
        {
            return null;
        }
        var task = state.Tasks.FirstOrDefault();
        if (task is not null)
        {
            var item = task.Items[0];
            var node = (TaskNode)Definition.Node(task.Node);
            return (new CompleteTask { Actor = Officer(item.Unit!), TaskId = task.Id, Outcome = node.Outcomes[0].Id, Fields = Fields(node) }, null);
        }
        var timer = state.Timers.Where(t => t.Kind == TimerKind.Node).MinBy(t => t.Due)
            ?? throw new InvalidOperationException("rural-housing is stuck: no task and no node timer");
        return (new FireTimer { Actor = Actor.System, TimerId = timer.Id }, timer.Due);
    }

    private Actor Officer(string unit)
    {
        lock (_lock)
        {
            if (!_officers.TryGetValue(unit, out var actor))
            {
                actor = Actor.Officer("officer." + unit, unit);
                _officers[unit] = actor;
            }
            return actor;
        }
    }

    private IReadOnlyDictionary<string, string?> Fields(TaskNode node)
    {
        lock (_lock)
        {
            if (!_fields.TryGetValue(node.Id, out var fields))
            {
                fields = FormSampler.Complete(node.Fields, new Dictionary<string, string?>(), Engine.Org, new DateOnly(2026, 3, 2));
                _fields[node.Id] = fields;
            }
            return fields;
        }
    }

    private static string RepoRoot()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Workflows.sln")))
                {
                    return dir.FullName;
                }
            }
        }
        throw new InvalidOperationException("Workflows.sln not found above " + AppContext.BaseDirectory + " or the current directory");
    }
}

/// <summary>A clock that only moves forward, and only when told: instances wait for their notice
/// timer by moving it to the timer's due instant before submitting the firing (the writer reads
/// the clock after taking a command from its queue, so the firing is decided at or after it).</summary>
internal sealed class ForwardClock(DateTimeOffset start) : TimeProvider
{
    private long _ticks = start.UtcTicks;

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref _ticks), TimeSpan.Zero);

    public void AdvanceTo(DateTimeOffset instant)
    {
        var target = instant.UtcTicks;
        var seen = Interlocked.Read(ref _ticks);
        while (seen < target)
        {
            var previous = Interlocked.CompareExchange(ref _ticks, target, seen);
            if (previous == seen)
            {
                return;
            }
            seen = previous;
        }
    }
}
