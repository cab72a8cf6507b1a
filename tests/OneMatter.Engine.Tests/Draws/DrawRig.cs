using OneMatter.Engine.Commands;
using OneMatter.Engine.Definitions;
using OneMatter.Engine.Events;
using OneMatter.Engine.Interpreter;
using OneMatter.Engine.Loading;
using OneMatter.Engine.Tests.Interpreter;
using OneMatter.Engine.Tests.Loading;

namespace OneMatter.Engine.Tests.Draws;

/// <summary>Runs a small matter whose first node is a draw against the shipped org directory and
/// its 双随机 registers (<c>workflows/org/</c>), so each start is one draw.</summary>
internal static class DrawRig
{
    private static readonly Lazy<WorkspaceLoadResult> Shipped = new(() => OneMatter.Engine.Loading.Workspace.Load(Repository.Workflows, Repository.Templates));

    public static WorkspaceLoadResult Workspace => Shipped.Value;

    /// <summary>A matter drawing <paramref name="entities"/> entities (optionally of some
    /// industries, in <c>form.area</c>) and <paramref name="inspectors"/> inspectors of the units.</summary>
    public static string Yaml(int entities, string industries, int inspectors, string units) => $$"""
        id: draw-test
        name: 抽查测试
        name-en: Draw test
        family: enforcement
        lead: cs-enforcement
        form:
          - { id: area, label: 抽查范围, type: text }
        start: draw
        nodes:
          draw:
            type: draw
            name: 双随机抽取
            entities: { count: {{entities}}, industries: [{{industries}}], township: form.area }
            inspectors: { count: {{inspectors}}, units: [{{units}}] }
            next: check
          check:
            type: task
            name: 检查
            assignee: lead
            outcomes: { done: done }
          done: { type: end, name: 办结, result: closed }
        """;

    public static MatterDefinition Load(string yaml)
    {
        var result = DefinitionLoader.Load(yaml, "draw-test.yaml", Context);
        Assert.True(result.Success, string.Join(Environment.NewLine, result.Errors));
        return result.Definition!;
    }

    public static LoadContext Context => new() { Org = Workspace.Org, Calendars = Workspace.Calendars.Keys.ToHashSet() };

    public static MatterDefinition Default { get; } = Load(Yaml(3, "manufacturing, chemicals, mining", 5, "cs-enforcement, cs-emergency, cs-fire-rescue, cs-ecology"));

    public static MatterEngine Engine { get; } = new(Workspace.Org, Workspace.Calendars);

    /// <summary>Starts an instance; the result holds the DrawMade (or the rejection).</summary>
    public static EngineResult Start(MatterDefinition definition, string instance, string? area = null) =>
        Engine.Handle(definition, null, new StartMatter
        {
            Actor = Actor.ApplicantAccount("planner"),
            InstanceId = instance,
            Form = new Dictionary<string, string?> { ["area"] = area },
        }, MatterHarness.Monday);

    public static DrawMade Draw(MatterDefinition definition, string instance, string? area = null)
    {
        var result = Start(definition, instance, area);
        Assert.True(result.Applied, $"{result.Status}: {result.Rejection}");
        return Assert.Single(result.Events.OfType<DrawMade>());
    }
}
