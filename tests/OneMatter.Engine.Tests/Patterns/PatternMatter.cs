using System.Globalization;
using OneMatter.Engine.Commands;
using OneMatter.Engine.Events;
using OneMatter.Engine.Instances;
using OneMatter.Engine.Tests.Interpreter;

namespace OneMatter.Engine.Tests.Patterns;

/// <summary>Small definitions for the control-flow pattern tests: a fixed header (lead: agri, one
/// number field <c>area</c>) around the nodes each test declares.</summary>
internal static class PatternMatter
{
    private const string Header = """
        id: test
        name: 模式
        name-en: Pattern
        family: approval
        lead: agri
        deadline: 15 working days
        escalation:
          - { at: 80%, do: warn }
        form:
          - { id: area, label: 面积, type: number, min: 1, max: 500 }
        """;

    public static Actor Supervisor { get; } = Actor.Supervisor("sup", "command");

    /// <summary>Loads the nodes (YAML, not indented) under the header and starts the matter.</summary>
    public static MatterHarness Start(string start, string nodes, int area = 150)
    {
        var yaml = Header + "\nstart: " + start + "\nnodes:\n"
            + string.Join("\n", nodes.Split('\n').Select(line => "  " + line.TrimEnd('\r')));
        var h = MatterHarness.For(yaml);
        h.Start(new Dictionary<string, string?> { ["area"] = area.ToString(CultureInfo.InvariantCulture) });
        return h;
    }

    /// <summary>Accept, then a three-branch joint review (land, housing, fire) closed by
    /// <c>joined</c> with the given join settings, then approve. Land may veto, which reaches a
    /// terminating end.</summary>
    public static MatterHarness JointReview(string join = "mode: all") => Start("accept", $$"""
        accept: { type: task, name: 受理, assignee: agri, outcomes: { accept: review } }
        review: { type: parallel, name: 联审, branches: [land, housing, fire], join: joined }
        land: { type: task, name: 用地审查, assignee: land, deadline: 5 working days, outcomes: { pass: joined, veto: vetoed } }
        housing: { type: task, name: 建设审查, assignee: housing, deadline: 5 working days, outcomes: { pass: joined } }
        fire: { type: task, name: 消防审查, assignee: fire, deadline: 5 working days, outcomes: { pass: joined } }
        joined: { type: join, name: 汇总, {{join}}, next: approve }
        approve: { type: task, name: 审批, assignee: agri, outcomes: { approve: issued } }
        issued: { type: end, name: 准予, result: approved }
        vetoed: { type: end, name: 否决, result: rejected }
        """);

    public static IEnumerable<TaskState> Open(this MatterHarness h, string node) => h.State!.Tasks.Where(t => t.Node == node);

    public static int Created(this MatterHarness h, string node) => h.EventsOf<TaskCreated>().Count(t => t.Node == node);

    /// <summary>Index of the first event matching, for ordering assertions.</summary>
    public static int IndexOf<T>(this MatterHarness h, Func<T, bool> match) where T : MatterEvent =>
        h.Events.FindIndex(e => e is T t && match(t));
}
