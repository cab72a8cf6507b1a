using OneMatter.Engine.Commands;
using OneMatter.Engine.Definitions;
using OneMatter.Engine.Instances;
using OneMatter.Engine.Interpreter;
using OneMatter.Engine.Loading;

namespace OneMatter.Engine.Benchmarks;

/// <summary>
/// The rural-housing happy path on the pure interpreter: apply with a ~1 KB form, then accept,
/// the four parallel reviews, the village public-notice timer, and approval. Every task's
/// deadline timers are scheduled and then cancelled, as in production.
/// </summary>
public sealed class RuralHousingWorkload
{
    private readonly MatterEngine _engine;
    private readonly MatterDefinition _definition;
    private readonly Dictionary<string, string?> _form;
    private readonly DateTimeOffset _start = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(8));

    public RuralHousingWorkload()
    {
        var root = RepoRoot();
        var workspace = Workspace.Load(Path.Combine(root, "workflows"), Path.Combine(root, "templates"));
        if (!workspace.Definitions.TryGetValue("rural-housing", out var definition))
        {
            throw new InvalidOperationException("rural-housing did not load: " + string.Join("; ", workspace.Errors));
        }
        _definition = definition;
        _engine = new MatterEngine(workspace.Org, workspace.Calendars);
        _form = Simulation.FormSampler.Complete(definition.Form, new Dictionary<string, string?>(), workspace.Org, new DateOnly(2026, 3, 2));
        // Pad the free-text fields so the form is about 1 KB, like a real application.
        var text = definition.Form.Where(f => f.Type == FieldType.Text && f.Max is null or >= 200).Select(f => f.Id).FirstOrDefault();
        if (text is not null)
        {
            _form[text] = new string('农', 300);
        }
    }

    /// <summary>Commands applied per instance (start included).</summary>
    public int CommandsPerInstance { get; private set; }

    /// <summary>Runs one instance from application to approval; returns the final state.</summary>
    public MatterState RunOne(int n)
    {
        var now = _start;
        var commands = 0;
        var state = Apply(null, new StartMatter { Actor = Actor.ApplicantAccount("applicant"), InstanceId = "B" + n, Form = _form }, now, ref commands);
        while (state.Status == MatterStatus.Running)
        {
            now = now.AddHours(1);
            var task = state.Tasks.FirstOrDefault();
            if (task is not null)
            {
                var item = task.Items[0];
                var node = (TaskNode)_definition.Node(task.Node);
                state = Apply(state, new CompleteTask
                {
                    Actor = Officer(item.Unit!),
                    TaskId = task.Id,
                    Outcome = node.Outcomes[0].Id,
                    Fields = Fields(node),
                }, now, ref commands);
                continue;
            }
            var timer = state.Timers.Where(t => t.Kind == TimerKind.Node).MinBy(t => t.Due)
                ?? throw new InvalidOperationException("rural-housing is stuck: no task and no node timer");
            now = timer.Due;
            state = Apply(state, new FireTimer { Actor = Actor.System, TimerId = timer.Id }, now, ref commands);
        }
        CommandsPerInstance = commands;
        return state;
    }

    private readonly Dictionary<string, IReadOnlyDictionary<string, string?>> _fields = [];
    private readonly Dictionary<string, Actor> _officers = [];

    /// <summary>One signed-in officer per unit, as a server keeps one principal per session.</summary>
    private Actor Officer(string unit)
    {
        if (!_officers.TryGetValue(unit, out var actor))
        {
            actor = Actor.Officer("officer." + unit, unit);
            _officers[unit] = actor;
        }
        return actor;
    }

    private IReadOnlyDictionary<string, string?> Fields(TaskNode node)
    {
        if (!_fields.TryGetValue(node.Id, out var fields))
        {
            fields = Simulation.FormSampler.Complete(node.Fields, new Dictionary<string, string?>(), _engine.Org, new DateOnly(2026, 3, 2));
            _fields[node.Id] = fields;
        }
        return fields;
    }

    private MatterState Apply(MatterState? state, MatterCommand command, DateTimeOffset now, ref int commands)
    {
        var result = _engine.Handle(_definition, state, command, now);
        if (!result.Applied)
        {
            throw new InvalidOperationException($"{command.GetType().Name} {result.Status}: {result.Rejection}");
        }
        commands++;
        return result.State!;
    }

    /// <summary>The repository root: above the binaries (BenchmarkDotNet runs a copy
    /// elsewhere), else above the current directory.</summary>
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
