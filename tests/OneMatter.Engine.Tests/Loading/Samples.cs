namespace OneMatter.Engine.Tests.Loading;

/// <summary>Valid definitions used across the loading tests; both load clean against
/// <see cref="BrokenCorpus.Context"/>.</summary>
internal static class Samples
{
    /// <summary>The smallest sound definition: no expressions, no durations.</summary>
    public const string Minimal = """
        id: minimal
        name: 最小事项
        name-en: Minimal matter
        family: approval
        lead: cs-agriculture
        start: accept
        nodes:
          accept:
            type: task
            name: 受理
            assignee: cs-service-window
            outcomes: { accept: done, refuse: refused }
          done: { type: end, name: 办结, result: approved }
          refused: { type: end, name: 不予受理, result: rejected }
        """;

    /// <summary>Every key and node type of docs/definitions.md, shorthands included.</summary>
    public const string Full = """
        # yaml-language-server: $schema=./schema.json
        id: full
        version: 2
        name: 全功能示例
        name-en: Full sample
        family: approval
        lead: agriculture
        partners: [cs-natural-resources, housing]
        jurisdiction: form.township
        deadline: 15 working days
        calendar: cn-mainland
        form:
          - { id: applicant_name, label: 申请人, label-en: Applicant, type: text, required: true, max: 50, pattern: "^.+$" }
          - { id: id_number, label: 身份证号, type: id-card, required: true }
          - { id: phone, label: 联系电话, type: phone }
          - { id: floor_area, label: 占地面积, type: number, min: 1, max: 500 }
          - { id: township, label: 乡镇, type: jurisdiction, level: township, required: true }
          - { id: build_type, label: 建房类型, type: choice, options: [ { value: new, label: 新建 }, { value: rebuild, label: 翻建, label-en: Rebuild } ] }
          - { id: planned_start, label: 开工日期, type: date, min-date: 2026-01-01, max-date: 2030-12-31 }
          - { id: site_plan, label: 位置图, type: file, multiple: true }
          - { id: urgent, label: 加急, type: boolean }
        documents:
          receipt: { name: 受理回执, name-en: Receipt, template: receipt }
          permit: { name: 许可证, template: permit, for-applicant: false }
        escalation:
          - { at: 80%, do: warn }
          - { at: 100%, do: overdue }
          - { at: 100%, do: supervise, to: cs-command-centre }
          - { at: 150%, do: reassign, to: lead }
        start: accept
        nodes:
          accept:
            type: task
            name: 受理
            name-en: Acceptance
            step: 申请受理
            step-en: Application accepted
            assignee: { kind: service-window, jurisdiction: form.township }
            deadline: 1 working day
            escalation:
              - { at: 50%, do: warn }
            fields:
              - { id: opinion, label: 意见 }
            outcomes:
              accept: { label: 受理, label-en: Accept, next: tell, documents: [receipt] }
              correct: correction
              refuse: refused
            timeout: { after: 10 working days, next: refused }
            skippable: false
          correction:
            type: applicant-task
            name: 补正
            pauses-clock: true
            fields: [site_plan, floor_area]
            timeout: { after: 30 days, next: withdrawn }
            next: accept
          tell:
            type: notify
            name: 通知
            to: applicant
            message: "{{ form.applicant_name }}，您的申请已受理。"
            next: route
          route:
            type: decision
            name: 分流
            conditions:
              - { when: "form.floor_area > 120", next: review }
            default: review
          review:
            type: parallel
            name: 联审
            branches: [land, { node: housing, when: "form.build_type == 'new'" }, village]
            join: review-done
          land:
            type: task
            name: 用地审查
            assignee: { unit: cs-natural-resources, role: section-chief }
            fields:
              - { id: area, label: 实测面积, type: number }
            outcomes: { pass: review-done, fail: review-done }
          housing:
            type: task
            name: 建房审查
            assignee: { unit: cs-housing, user: zhang.san }
            outcomes: { pass: review-done }
          village:
            type: task
            name: 村级意见
            sign: all
            signers: [qiuchuan-gov, { kind: township-government, jurisdiction: form.township }]
            outcomes: { agree: notice }
          notice: { type: timer, name: 公示, duration: 5 working days, next: review-done }
          review-done: { type: join, name: 汇总, mode: count, count: 2, cancel-remaining: true, next: approve }
          approve:
            type: task
            name: 审批
            assignee: { from: nodes.land.unit }
            outcomes:
              approve:
                label: 批准
                when: >-
                  nodes.land.outcome == "pass" &&
                  nodes.land.fields.area < 200
                next: issue
              reject: { next: rejected }
          issue: { type: document, name: 发证, document: permit, next: site-check }
          site-check:
            type: call
            name: 竣工验收
            matter: other-matter
            inputs: { applicant_name: form.applicant_name }
            results: { approved: issued, rejected: rejected }
            next: issued
          issued: { type: end, name: 通过, result: approved }
          rejected: { type: end, name: 驳回, result: rejected }
          refused: { type: end, name: 不予受理, result: rejected }
          withdrawn: { type: end, name: 撤回, result: withdrawn, terminate: true }
        """;

    /// <summary>The valid samples by file name.</summary>
    public static IReadOnlyList<(string File, string Text)> Valid => [("minimal.yaml", Minimal), ("full.yaml", Full)];
}
