using OneMatter.Engine.Commands;
using OneMatter.Engine.Definitions;
using OneMatter.Engine.Instances;
using OneMatter.Engine.Interpreter;
using OneMatter.Engine.Loading;
using OneMatter.Engine.Simulation;

namespace OneMatter.Runtime.Tests.Support;

/// <summary>The repository's real rural-housing definition and engine, and the commands that
/// drive an instance along its happy path.</summary>
internal sealed class RuralHousing
{
    private static readonly Lazy<RuralHousing> Lazy = new(() => new RuralHousing());
    private readonly Dictionary<string, string?> _form;

    private RuralHousing()
    {
        var workspace = Workspace.Load(Path.Combine(Repo.Root, "workflows"), Path.Combine(Repo.Root, "templates"));
        Definition = workspace.Definitions["rural-housing"];
        Engine = new MatterEngine(workspace.Org, workspace.Calendars);
        Catalog = new DefinitionCatalog(workspace.Definitions.Values);
        _form = FormSampler.Complete(Definition.Form, new Dictionary<string, string?>(), workspace.Org, new DateOnly(2026, 3, 2));
    }

    public static RuralHousing Shared => Lazy.Value;

    public static DateTimeOffset Start { get; } = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(8));

    public MatterEngine Engine { get; }

    public MatterDefinition Definition { get; }

    public DefinitionCatalog Catalog { get; }

    public StartMatter StartCommand(string instanceId) =>
        new() { Actor = Actor.ApplicantAccount("applicant"), InstanceId = instanceId, Form = _form };

    /// <summary>Completes the first open task with its first outcome, as the named officer of its unit.</summary>
    public CompleteTask CompleteFirstTask(MatterState state, string? officer = null)
    {
        var task = state.Tasks[0];
        var unit = task.Items[0].Unit!;
        var node = (TaskNode)Definition.Node(task.Node);
        var fields = FormSampler.Complete(node.Fields, new Dictionary<string, string?>(), Engine.Org, new DateOnly(2026, 3, 2));
        return new CompleteTask { Actor = Actor.Officer(officer ?? "officer." + unit, unit), TaskId = task.Id, Outcome = node.Outcomes[0].Id, Fields = fields };
    }
}
