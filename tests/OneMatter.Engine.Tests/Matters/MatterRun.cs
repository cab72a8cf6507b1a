using System.Globalization;
using Microsoft.Extensions.Time.Testing;
using OneMatter.Engine.Commands;
using OneMatter.Engine.Definitions;
using OneMatter.Engine.Documents;
using OneMatter.Engine.Effects;
using OneMatter.Engine.Events;
using OneMatter.Engine.Expressions;
using OneMatter.Engine.Instances;
using OneMatter.Engine.Interpreter;
using OneMatter.Engine.Loading;
using OneMatter.Engine.Simulation;
using OneMatter.Engine.Tests.Interpreter;
using OneMatter.Engine.Tests.Loading;

namespace OneMatter.Engine.Tests.Matters;

/// <summary>
/// Drives one instance of a shipped matter (<c>workflows/*.yaml</c>, with the shipped org directory
/// and calendars) through the real engine on a <see cref="FakeTimeProvider"/>. After each applied
/// command it checks that the events replay to the same state, and renders every document the
/// command issued from its template in <c>templates/</c>, the way the server will after commit.
/// </summary>
internal sealed class MatterRun
{
    public static readonly DateTimeOffset Monday = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(8));
    public static readonly DateOnly Today = new(2026, 3, 2);
    public const string Applicant = "alice";

    private static readonly Lazy<WorkspaceLoadResult> Shipped = new(() => OneMatter.Engine.Loading.Workspace.Load(Repository.Workflows, Repository.Templates));
    private static readonly Lazy<DocumentTemplates> ShippedTemplates = new(() => DocumentTemplates.Load(Repository.Templates));

    public MatterRun(string matter)
    {
        Assert.True(Workspace.Definitions.ContainsKey(matter), $"{matter} did not load: {string.Join('\n', Workspace.Errors)}");
        Definition = Workspace.Definitions[matter];
        Engine = new MatterEngine(Workspace.Org, Workspace.Calendars);
        Clock = new FakeTimeProvider(Monday);
    }

    /// <summary>The repository's workflows/ and templates/, loaded once.</summary>
    public static WorkspaceLoadResult Workspace => Shipped.Value;

    public MatterDefinition Definition { get; }
    public MatterEngine Engine { get; }
    public FakeTimeProvider Clock { get; }
    public MatterState? State { get; private set; }
    public List<MatterEvent> Events { get; } = [];
    public List<Effect> Effects { get; } = [];

    /// <summary>Every document issued so far, with its rendered HTML.</summary>
    public List<(DocumentIssued Issued, string Html)> Documents { get; } = [];

    public IEnumerable<T> EventsOf<T>() where T : MatterEvent => Events.OfType<T>();

    public IReadOnlyList<string> Issued => Documents.Select(d => d.Issued.Document).ToList();

    /// <summary>Nodes completed, in order (one entry per completed task).</summary>
    public IReadOnlyList<string> Completed => EventsOf<TaskCompleted>().Select(e => e.Node).ToList();

    public string? EndNode => EventsOf<MatterEnded>().LastOrDefault()?.Node;

    /// <summary>Node timers that fired: the timer node and the instant.</summary>
    public List<(string Node, DateTimeOffset At)> TimersFired { get; } = [];

    public EngineResult Send(MatterCommand command)
    {
        var timer = command is FireTimer fire ? State?.Timers.FirstOrDefault(t => t.Id == fire.TimerId && t.Kind == TimerKind.Node) : null;
        var timerNode = timer?.Token is { } token ? State!.Tokens.FirstOrDefault(t => t.Id == token)?.Node : null;
        var result = Engine.Handle(Definition, State, command, Clock.GetUtcNow());
        if (result.Applied)
        {
            State = result.State;
            Events.AddRange(result.Events);
            Effects.AddRange(result.Effects);
            Assert.Equal(StateJson.Of(State!), StateJson.Of(MatterEngine.Replay(Events)));
            if (timerNode is not null)
            {
                TimersFired.Add((timerNode, Clock.GetUtcNow()));
            }
            foreach (var issued in result.Events.OfType<DocumentIssued>())
            {
                Documents.Add((issued, Render(issued)));
            }
        }
        return result;
    }

    public EngineResult Must(MatterCommand command)
    {
        var result = Send(command);
        Assert.True(result.Applied, $"{command.GetType().Name} was {result.Status}: {result.Rejection}");
        return result;
    }

    /// <summary>Applies with a complete sample form: every declared field gets a plausible value
    /// (places consistent with each other) unless <paramref name="given"/> sets it.</summary>
    public MatterRun Start(IReadOnlyDictionary<string, string?>? given = null)
    {
        var values = new Dictionary<string, string?>(Defaults(Definition), StringComparer.Ordinal);
        foreach (var (key, value) in given ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }
        var form = FormSampler.Complete(Definition.Form, values, Workspace.Org, Today);
        Must(new StartMatter { Actor = Actor.ApplicantAccount(Applicant), InstanceId = "M1", Form = form, QueryCode = "Q1" });
        return this;
    }

    /// <summary>Values the sampler cannot invent (pattern-checked text) and a fixed place.</summary>
    private static Dictionary<string, string?> Defaults(MatterDefinition definition)
    {
        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var field in definition.Form)
        {
            if (field.Id == "credit_code")
            {
                values[field.Id] = "91330822MA28F1234K";
            }
            else if (field.Type == FieldType.Jurisdiction && field.Level == "township")
            {
                values[field.Id] = "baishi";
            }
        }
        return values;
    }

    public TaskState Task(string node) =>
        State!.Tasks.SingleOrDefault(t => t.Node == node) ?? throw new Xunit.Sdk.XunitException(
            $"no open task at {node}; open: {string.Join(", ", State!.Tasks.Select(t => t.Node))}; ended: {State.Result} at {EndNode}");

    public bool IsOpen(string node) => State!.Tasks.Any(t => t.Node == node);

    public IReadOnlyList<string> Open => State!.Tasks.Select(t => t.Node).ToList();

    /// <summary>Completes the open task at <paramref name="node"/> with sample values for every
    /// task field (a date field gets a date 14 days ahead), overridden by <paramref name="fields"/>.</summary>
    public EngineResult Complete(string node, string outcome, IReadOnlyDictionary<string, string?>? fields = null)
    {
        var task = Task(node);
        var item = task.Items.First(i => i.Status == WorkItemStatus.Offered);
        return Must(new CompleteTask { Actor = MatterHarness.Officer(item.Unit!), TaskId = task.Id, Outcome = outcome, Fields = FieldsFor(node, fields) });
    }

    public EngineResult TryComplete(string node, string outcome)
    {
        var task = Task(node);
        var item = task.Items.First(i => i.Status == WorkItemStatus.Offered);
        return Send(new CompleteTask { Actor = MatterHarness.Officer(item.Unit!), TaskId = task.Id, Outcome = outcome, Fields = FieldsFor(node, null) });
    }

    private Dictionary<string, string?> FieldsFor(string node, IReadOnlyDictionary<string, string?>? given)
    {
        var declared = ((TaskNode)Definition.Node(node)).Fields;
        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        var local = DateOnly.FromDateTime(Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).DateTime);
        foreach (var field in declared.Where(f => f.Type == FieldType.Date))
        {
            values[field.Id] = local.AddDays(14).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }
        foreach (var (key, value) in given ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }
        return FormSampler.Complete(declared, values, Workspace.Org, Today);
    }

    /// <summary>The applicant answers an open applicant task (补正) without changing the form.</summary>
    public EngineResult Answer(string node) =>
        Must(new CorrectMaterials { Actor = Actor.ApplicantAccount(Applicant), TaskId = Task(node).Id });

    /// <summary>
    /// Runs the matter until it ends: the earliest open task is completed with the next outcome
    /// scripted for its node (its first outcome once the script for it is used up), applicant tasks
    /// are answered, and when nothing is open the next node timer fires on the fake clock. An hour
    /// passes before each step.
    /// </summary>
    public MatterRun Drive(IReadOnlyDictionary<string, string[]>? script = null, int maxSteps = 200)
    {
        var queues = (script ?? new Dictionary<string, string[]>()).ToDictionary(p => p.Key, p => new Queue<string>(p.Value));
        for (var step = 0; State!.Status == MatterStatus.Running; step++)
        {
            Assert.True(step < maxSteps, $"{Definition.Id} did not end within {maxSteps} steps; open: {string.Join(", ", Open)}");
            Clock.Advance(TimeSpan.FromHours(1));
            var task = State.Tasks.FirstOrDefault();
            if (task is not null)
            {
                if (task.ForApplicant)
                {
                    Answer(task.Node);
                    continue;
                }
                var node = (TaskNode)Definition.Node(task.Node);
                var outcome = queues.TryGetValue(task.Node, out var queue) && queue.Count > 0 ? queue.Dequeue() : node.Outcomes[0].Id;
                Complete(task.Node, outcome);
                continue;
            }
            var timer = State.Timers.Where(t => t.Kind == TimerKind.Node).MinBy(t => t.Due)
                ?? throw new Xunit.Sdk.XunitException($"{Definition.Id} is stuck: no open task and no node timer");
            if (timer.Due > Clock.GetUtcNow())
            {
                Clock.SetUtcNow(timer.Due);
            }
            Must(new FireTimer { Actor = Actor.System, TimerId = timer.Id });
        }
        Assert.All(queues, q => Assert.True(q.Value.Count == 0, $"scripted outcomes of {q.Key} not used: {string.Join(", ", q.Value)}"));
        return this;
    }

    /// <summary>Moves the clock and fires every timer that is due, in due order.</summary>
    public void Advance(TimeSpan by)
    {
        var until = Clock.GetUtcNow() + by;
        while (State!.Status == MatterStatus.Running && State.Timers.Where(t => t.Due <= until).OrderBy(t => t.Due).FirstOrDefault() is { } timer)
        {
            if (timer.Due > Clock.GetUtcNow())
            {
                Clock.SetUtcNow(timer.Due);
            }
            Must(new FireTimer { Actor = Actor.System, TimerId = timer.Id });
        }
        Clock.SetUtcNow(until);
    }

    // --- documents ----------------------------------------------------------------------------------

    /// <summary>The repository's templates/, each composed into _layout.html, loaded once.</summary>
    public static DocumentTemplates Templates => ShippedTemplates.Value;

    public static DocumentTemplate Template(string id) =>
        Templates.Find(id) ?? throw new Xunit.Sdk.XunitException($"templates/{id}.html did not load: {string.Join('\n', Templates.Errors)}");

    /// <summary>What a document template sees, built the way the server builds it after commit:
    /// form, nodes and instance as of the issue (replayed from the events up to it), plus
    /// <c>document</c> and, for a 督办单, <c>supervision</c>.</summary>
    public ExpressionScope DocumentScopeOf(DocumentIssued issued)
    {
        var (state, _, supervision) = DocumentScope.StateAtIssue(Events, issued.Number)
            ?? throw new Xunit.Sdk.XunitException($"{issued.Number} is not among the events");
        var stamp = new DocumentStamp
        {
            Number = issued.Number,
            Title = Definition.Documents[issued.Document].Name,
            IssuedAt = issued.At,
            VerificationCode = VerificationCode,
            VerifyUrl = VerifyUrl,
        };
        return DocumentScope.Build(Definition, state, Workspace.Org, Workspace.Calendars[Definition.Calendar], stamp, supervision);
    }

    public const string VerificationCode = "7K3Q-9XPM";
    public const string VerifyUrl = "https://zwfw.changshan.gov.cn/verify";

    /// <summary>Renders an issued document; fails when a value the template prints or tests is
    /// missing (a node not passed, an undeclared field) or empty.</summary>
    private string Render(DocumentIssued issued)
    {
        var template = Template(issued.Template);
        var scope = DocumentScopeOf(issued);
        foreach (var reference in template.References)
        {
            Assert.True(ScopeBuilder.TryRead(scope, reference.Variable.Path, out var value),
                $"{reference} is not there when {issued.Node} issues {issued.Document}");
            Assert.True(value is not null,
                $"{reference} is empty when {issued.Node} issues {issued.Document}");
        }
        string html;
        try
        {
            html = template.Render(scope);
        }
        catch (ExpressionEvaluationException e)
        {
            throw new Xunit.Sdk.XunitException($"{issued.Template}.html failed to render for {Definition.Id} at {issued.Node}: {e.Message}");
        }
        Assert.DoesNotContain("{{", html, StringComparison.Ordinal);
        Assert.Contains(issued.Number, html, StringComparison.Ordinal);
        Assert.Contains(VerificationCode, html, StringComparison.Ordinal);
        // To look at the documents (e.g. screenshot them with a headless browser), set
        // ONEMATTER_DOCUMENTS_OUT to a folder: each rendered document is written there.
        if (Environment.GetEnvironmentVariable("ONEMATTER_DOCUMENTS_OUT") is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
            File.WriteAllText(Path.Combine(folder, $"{Definition.Id}.{issued.Template}.html"), html);
        }
        return html;
    }
}
