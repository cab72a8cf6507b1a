using OneMatter.Engine.Definitions;
using OneMatter.Engine.Tests.Interpreter;

namespace OneMatter.Engine.Tests.Properties;

/// <summary>The definitions the property walks run on, each built to exercise a different part
/// of the interpreter.</summary>
internal static class WalkDefinitions
{
    private const string Form = """
        form:
          - { id: name, label: 申请人, required: true }
          - { id: township, label: 乡镇, type: jurisdiction, level: township, required: true }
          - { id: area, label: 面积, type: number, min: 1, max: 500 }
        """;

    /// <summary>The form for a walk; the walk's first choice picks the township and area.</summary>
    public static IReadOnlyDictionary<string, string?> FormFor(int choice) => new Dictionary<string, string?>
    {
        ["name"] = "张三",
        ["township"] = choice % 2 == 0 ? "east" : "west",
        ["area"] = (choice / 2 % 3) switch { 0 => "60", 1 => "150", _ => "250" },
    };

    /// <summary>Acceptance with correction (clock paused, timeout), a join-all review with a
    /// conditional 会签 branch and a timer branch, a decision, a loop back into the review and
    /// 退回 from approval; matter and task deadlines with escalation, one overriding the policy.</summary>
    public static MatterDefinition JointReview { get; } = MatterHarness.Load($$"""
        id: test
        name: 联审
        name-en: Joint review
        family: approval
        lead: agri
        jurisdiction: form.township
        deadline: 10 working days
        {{Form}}
        escalation:
          - { at: 50%, do: warn }
          - { at: 100%, do: overdue }
          - { at: 120%, do: supervise }
        start: accept
        nodes:
          accept:
            type: task
            name: 受理
            assignee: { kind: township-service-window, jurisdiction: form.township }
            deadline: 1 working day
            outcomes: { accept: review, correct: correction, refuse: refused }
          correction: { type: applicant-task, name: 补正, fields: [area], timeout: { after: 10 days, next: withdrawn }, next: accept }
          review:
            type: parallel
            name: 联审
            branches: [land, { node: housing, when: "form.area > 100" }, notice]
            join: joined
          land:
            type: task
            name: 用地审查
            assignee: land
            deadline: 2 working days
            escalation:
              - { at: 50%, do: warn }
              - { at: 100%, do: reassign, to: agri }
            outcomes: { pass: joined, fail: joined }
          housing:
            type: task
            name: 建设消防会签
            sign: all
            signers: [housing, fire]
            deadline: 3 working days
            outcomes: { pass: joined, fail: joined }
          notice: { type: timer, name: 公示, duration: 2 working days, next: joined }
          joined: { type: join, name: 汇总, next: route }
          route:
            type: decision
            name: 分流
            conditions:
              - { when: "form.area > 200", next: reconsider }
            default: approve
          reconsider: { type: task, name: 复议, assignee: agri, outcomes: { again: review, give-up: rejected } }
          approve:
            type: task
            name: 审批
            assignee: { kind: township-government, jurisdiction: form.township }
            deadline: 2 working days
            outcomes:
              approve: { next: issued, when: "nodes.land.outcome == 'pass'" }
              reject: rejected
              back: accept
          issued: { type: end, name: 准予, result: approved }
          rejected: { type: end, name: 不予许可, result: rejected }
          refused: { type: end, name: 不予受理, result: rejected }
          withdrawn: { type: end, name: 撤回, result: withdrawn }
        """);

    /// <summary>A 2-of-4 cancelling join over tasks, a timeout, a skippable task, a timer and a
    /// nested discriminator; then a discriminator without cancelling (stragglers arrive late) and
    /// a loop back into the first split.</summary>
    public static MatterDefinition PartialJoins { get; } = MatterHarness.Load($$"""
        id: test
        name: 协同处置
        name-en: Joint handling
        family: enforcement
        lead: agri
        deadline: 5 working days
        {{Form}}
        escalation:
          - { at: 80%, do: warn }
          - { at: 100%, do: overdue }
        start: triage
        nodes:
          triage: { type: task, name: 分拨, assignee: command, outcomes: { dispatch: fan, close: closed } }
          fan: { type: parallel, name: 分派, branches: [land, housing, fire, wait], join: enough }
          land:
            type: task
            name: 国土核查
            assignee: land
            deadline: 1 working day
            timeout: { after: 2 working days, next: enough }
            outcomes: { done: enough }
          housing: { type: task, name: 住建核查, assignee: housing, outcomes: { done: enough, consult: inner } }
          inner: { type: parallel, name: 会商, branches: [east, west], join: agreed }
          east: { type: task, name: 东镇会商, assignee: east-gov, outcomes: { ok: agreed } }
          west: { type: task, name: 西乡会商, assignee: west-gov, outcomes: { ok: agreed } }
          agreed: { type: join, name: 会商一致, mode: any, next: enough }
          fire: { type: task, name: 消防核查, assignee: fire, skippable: true, outcomes: { done: enough } }
          wait: { type: timer, name: 等待, duration: 1 working day, next: enough }
          enough: { type: join, name: 足够, mode: count, count: 2, cancel-remaining: true, next: second }
          second: { type: parallel, name: 复核, branches: [review-a, review-b], join: first }
          review-a: { type: task, name: 复核甲, assignee: zone-a-team, outcomes: { ok: first } }
          review-b: { type: task, name: 复核乙, assignee: agri, outcomes: { ok: first } }
          first: { type: join, name: 先到, mode: any, next: finish }
          finish:
            type: task
            name: 结案
            assignee: agri
            timeout: { after: 3 working days, next: expired }
            outcomes: { ok: done, redo: fan }
          expired: { type: end, name: 逾期, result: closed }
          done: { type: end, name: 办结, result: approved }
          closed: { type: end, name: 不予处理, result: closed }
        """);

    /// <summary>A split without join whose paths end on their own (terminate: false), merge
    /// into one task (multi-merge), loop back, nest a cancelling discriminator, or end the whole
    /// matter from one branch (terminate: true).</summary>
    public static MatterDefinition OpenEnded { get; } = MatterHarness.Load($$"""
        id: test
        name: 分送
        name-en: Distribution
        family: safety
        lead: agri
        deadline: 3 working days
        {{Form}}
        escalation:
          - { at: 50%, do: warn }
        start: fan
        nodes:
          fan: { type: parallel, name: 分送, branches: [a, b, c] }
          a: { type: task, name: 甲, assignee: land, deadline: 1 working day, outcomes: { done: merge, stop: a-end } }
          b: { type: task, name: 乙, assignee: housing, outcomes: { done: merge, veto: vetoed } }
          c: { type: timer, name: 等待, duration: 1 working day, next: inner }
          inner: { type: parallel, name: 会商, branches: [x, y], join: xy }
          x: { type: task, name: 会商甲, assignee: east-gov, outcomes: { ok: xy } }
          y: { type: task, name: 会商乙, assignee: west-gov, outcomes: { ok: xy } }
          xy: { type: join, name: 会商结束, mode: any, cancel-remaining: true, next: merge }
          merge: { type: task, name: 汇总登记, assignee: agri, outcomes: { ok: fin, again: a } }
          a-end: { type: end, name: 甲结束, result: closed, terminate: false }
          fin: { type: end, name: 登记结束, result: approved, terminate: false }
          vetoed: { type: end, name: 否决, result: rejected }
        """);

    /// <summary>Escalation in depth: a short matter deadline with four rules (warn, supervise,
    /// overdue, reassign), a working-hours task deadline, 依次审批 with its own policy that
    /// reassigns, two corrections that stop the clock (one with a timeout), a skippable task
    /// with a calendar-hours deadline.</summary>
    public static MatterDefinition Escalations { get; } = MatterHarness.Load($$"""
        id: test
        name: 时限
        name-en: Deadlines
        family: approval
        lead: agri
        jurisdiction: form.township
        deadline: 3 working days
        {{Form}}
        escalation:
          - { at: 30%, do: warn }
          - { at: 60%, do: supervise, to: command }
          - { at: 100%, do: overdue }
          - { at: 150%, do: reassign, to: agri }
        start: accept
        nodes:
          accept:
            type: task
            name: 受理
            assignee: { kind: township-service-window, jurisdiction: form.township }
            deadline: 4 working hours
            outcomes: { accept: check, correct: fix }
          fix: { type: applicant-task, name: 补正, timeout: { after: 5 days, next: lapsed }, next: accept }
          check:
            type: task
            name: 核查
            sign: sequential
            signers: [land, housing]
            deadline: 1 working day
            escalation:
              - { at: 50%, do: warn }
              - { at: 100%, do: overdue }
              - { at: 100%, do: reassign, to: fire }
            outcomes: { ok: seal, fix: fix-again }
          fix-again: { type: applicant-task, name: 二次补正, fields: [area], next: check }
          seal: { type: task, name: 盖章, assignee: agri, skippable: true, deadline: 2 hours, outcomes: { done: issued } }
          issued: { type: end, name: 办结, result: approved }
          lapsed: { type: end, name: 逾期未补正, result: withdrawn }
        """);
}
