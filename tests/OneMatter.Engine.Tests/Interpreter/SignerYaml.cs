using OneMatter.Engine.Commands;

namespace OneMatter.Engine.Tests.Interpreter;

/// <summary>A matter whose form chooses the sign mode of its one task: single, 会签 (all),
/// 或签 (any) or 依次审批 (sequential) over land, housing and fire.</summary>
internal static class SignerYaml
{
    public const string Yaml = """
        id: test
        name: 签署测试
        name-en: Signing test
        family: approval
        lead: agri
        form:
          - { id: mode, label: 方式, type: choice, required: true, options: [ { value: single, label: 单人 }, { value: all, label: 会签 }, { value: any, label: 或签 }, { value: sequential, label: 依次 } ] }
        start: route
        nodes:
          route:
            type: decision
            name: 分流
            conditions:
              - { when: "form.mode == 'all'", next: all-sign }
              - { when: "form.mode == 'any'", next: any-sign }
              - { when: "form.mode == 'sequential'", next: seq-sign }
            default: single
          single:
            type: task
            name: 单人审批
            assignee: land
            outcomes: { agree: approved, veto: rejected }
          all-sign:
            type: task
            name: 会签
            sign: all
            signers: [land, housing, fire]
            outcomes: { agree: approved, veto: rejected }
          any-sign:
            type: task
            name: 或签
            sign: any
            signers: [land, housing]
            outcomes: { agree: approved, veto: rejected }
          seq-sign:
            type: task
            name: 依次审批
            sign: sequential
            signers: [land, housing, fire]
            outcomes: { agree: approved, veto: rejected }
          approved: { type: end, name: 同意, result: approved }
          rejected: { type: end, name: 不同意, result: rejected }
        """;

    public static readonly Dictionary<string, string> NodeOf = new()
    {
        ["single"] = "single", ["all"] = "all-sign", ["any"] = "any-sign", ["sequential"] = "seq-sign",
    };

    /// <summary>Starts with the mode and returns the harness and the task's node id.</summary>
    public static (MatterHarness H, string Node) Start(string mode)
    {
        var h = MatterHarness.For(Yaml);
        h.Start(new Dictionary<string, string?> { ["mode"] = mode });
        return (h, NodeOf[mode]);
    }

    public static CompleteTask Sign(MatterHarness h, string node, string unit, string outcome = "agree") =>
        new() { Actor = MatterHarness.Officer(unit), TaskId = h.Task(node).Id, Outcome = outcome };
}
