using OneMatter.Engine.Commands;
using OneMatter.Engine.Definitions;
using OneMatter.Engine.Instances;
using OneMatter.Engine.Interpreter;
using OneMatter.Engine.Loading;
using OneMatter.Engine.Persistence;
using OneMatter.Engine.Simulation;

namespace OneMatter.Storage.Tests.Support;

/// <summary>Drives real rural-housing instances through the real engine (loaded from the
/// repository's workflows/) and turns each applied command into a <see cref="MatterChange"/>.</summary>
internal sealed class RuralHousing
{
    private static readonly Lazy<RuralHousing> Lazy = new(() => new RuralHousing());
    private readonly Dictionary<string, string?> _form;

    private RuralHousing()
    {
        var workspace = Workspace.Load(Path.Combine(Repo.Root, "workflows"), Path.Combine(Repo.Root, "templates"));
        Definition = workspace.Definitions["rural-housing"];
        Engine = new MatterEngine(workspace.Org, workspace.Calendars);
        _form = FormSampler.Complete(Definition.Form, new Dictionary<string, string?>(), workspace.Org, new DateOnly(2026, 3, 2));
    }

    public static RuralHousing Shared => Lazy.Value;

    public static DateTimeOffset Start { get; } = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(8));

    public MatterEngine Engine { get; }

    public MatterDefinition Definition { get; }

    public MatterChange StartMatter(string instanceId, DateTimeOffset? now = null, string? key = null) =>
        Apply(null, new StartMatter { Actor = Actor.ApplicantAccount("applicant"), InstanceId = instanceId, Form = _form }, now ?? Start, key);

    /// <summary>Completes the first open task with its first outcome, as its unit's officer (or the named one).</summary>
    public MatterChange CompleteFirstTask(MatterState state, DateTimeOffset now, string? officer = null)
    {
        var task = state.Tasks[0];
        var node = (TaskNode)Definition.Node(task.Node);
        var fields = FormSampler.Complete(node.Fields, new Dictionary<string, string?>(), Engine.Org, new DateOnly(2026, 3, 2));
        return Apply(state, new CompleteTask { Actor = officer is null ? Officer(task.Items[0].Unit!) : Actor.Officer(officer, task.Items[0].Unit!), TaskId = task.Id, Outcome = node.Outcomes[0].Id, Fields = fields }, now);
    }

    public MatterChange ClaimFirstTask(MatterState state, DateTimeOffset now, string officer = "officer.1")
    {
        var task = state.Tasks[0];
        return Apply(state, new ClaimTask { Actor = Actor.Officer(officer, task.Items[0].Unit!), TaskId = task.Id }, now);
    }

    /// <summary>Fires the earliest timer of a kind at its due instant.</summary>
    public MatterChange FireEarliest(MatterState state, TimerKind kind)
    {
        var timer = state.Timers.Where(t => t.Kind == kind).MinBy(t => t.Due)
            ?? throw new InvalidOperationException($"no {kind} timer");
        return Apply(state, new FireTimer { Actor = Actor.System, TimerId = timer.Id }, timer.Due);
    }

    /// <summary>The next step of the happy path: complete a task, else fire the node timer.</summary>
    public MatterChange Next(MatterState state, DateTimeOffset now) =>
        state.Tasks.Length > 0 ? CompleteFirstTask(state, now) : FireEarliest(state, TimerKind.Node);

    public MatterChange Apply(MatterState? state, MatterCommand command, DateTimeOffset now, string? key = null)
    {
        var result = Engine.Handle(Definition, state, command, now);
        if (!result.Applied)
        {
            throw new InvalidOperationException($"{command.GetType().Name} {result.Status}: {result.Rejection}");
        }
        return new MatterChange
        {
            InstanceId = result.State!.InstanceId,
            ExpectedVersion = state?.Version ?? 0,
            NewState = result.State,
            Events = result.Events,
            Effects = result.Effects,
            Actor = new CommandActor(command.Actor.Id, command.Actor.Unit),
            IdempotencyKey = key,
            ResultJson = key is null ? null : $$"""{"instance":"{{result.State.InstanceId}}","version":{{result.State.Version}}}""",
        };
    }

    private static Actor Officer(string unit) => Actor.Officer("officer." + unit, unit);
}
