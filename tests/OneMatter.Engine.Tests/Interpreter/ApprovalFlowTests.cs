using OneMatter.Engine.Commands;
using OneMatter.Engine.Definitions;
using OneMatter.Engine.Effects;
using OneMatter.Engine.Events;
using OneMatter.Engine.Instances;
using OneMatter.Engine.Interpreter;

namespace OneMatter.Engine.Tests.Interpreter;

/// <summary>An approval matter end to end: acceptance, parallel joint review, approval.</summary>
public class ApprovalFlowTests
{
    internal const string Yaml = """
        id: test
        name: 测试审批
        name-en: Test approval
        family: approval
        lead: agri
        jurisdiction: form.township
        deadline: 15 working days
        form:
          - { id: name, label: 申请人, required: true }
          - { id: township, label: 乡镇, type: jurisdiction, level: township, required: true }
          - { id: area, label: 面积, type: number, min: 1, max: 500 }
        documents:
          receipt: { name: 受理回执, template: receipt }
          permit: { name: 许可证, template: permit }
        escalation:
          - { at: 80%, do: warn }
          - { at: 100%, do: overdue }
          - { at: 100%, do: supervise }
        start: accept
        nodes:
          accept:
            type: task
            name: 受理
            assignee: { kind: township-service-window, jurisdiction: form.township }
            deadline: 1 working day
            outcomes:
              accept: { next: review, documents: [receipt] }
              correct: correction
              refuse: refused
          correction: { type: applicant-task, name: 补正, next: accept }
          review: { type: parallel, name: 联审, branches: [land, housing], join: joined }
          land:
            type: task
            name: 用地审查
            assignee: land
            deadline: 5 working days
            outcomes: { pass: joined, fail: joined }
          housing:
            type: task
            name: 建设审查
            assignee: housing
            deadline: 5 working days
            outcomes: { pass: joined, fail: joined }
          joined: { type: join, name: 汇总, next: approve }
          approve:
            type: task
            name: 审批
            assignee: { kind: township-government, jurisdiction: form.township }
            outcomes:
              approve: { next: issued, when: "nodes.land.outcome == 'pass' && nodes.housing.outcome == 'pass'", documents: [permit] }
              reject: rejected
          issued: { type: end, name: 准予, result: approved }
          rejected: { type: end, name: 不予许可, result: rejected }
          refused: { type: end, name: 不予受理, result: rejected }
        """;

    internal static Dictionary<string, string?> Form(string township = "east") =>
        new() { ["name"] = "张三", ["township"] = township, ["area"] = "120" };

    [Fact]
    public void HappyPath_RunsAcceptanceParallelReviewAndApproval()
    {
        var h = MatterHarness.For(Yaml);
        h.Start(Form());
        Assert.Equal("east-window", h.Task("accept").Items.Single().Unit);

        h.Complete("accept", "accept");
        Assert.True(h.IsOpen("land"));
        Assert.True(h.IsOpen("housing"));

        h.Complete("housing", "pass");
        Assert.False(h.IsOpen("approve"));
        h.Complete("land", "pass");

        Assert.Equal("east-gov", h.Task("approve").Items.Single().Unit);
        h.Complete("approve", "approve");

        Assert.Equal(MatterStatus.Ended, h.State!.Status);
        Assert.Equal(EndResult.Approved, h.State.Result);
        Assert.Empty(h.State.Tasks);
        Assert.Empty(h.State.Timers);
        Assert.Equal(["receipt", "permit"], h.EventsOf<DocumentIssued>().Select(d => d.Document));
        Assert.Single(h.EventsOf<JoinFired>());
    }

    [Fact]
    public void Guard_FalseWhenAReviewFailed_RefusesApprove()
    {
        var h = MatterHarness.For(Yaml);
        h.Start(Form());
        h.Complete("accept", "accept");
        h.Complete("land", "fail");
        h.Complete("housing", "pass");
        var task = h.Task("approve");
        var rejection = h.Refused(new CompleteTask { Actor = MatterHarness.Officer("east-gov"), TaskId = task.Id, Outcome = "approve" }, RejectionCode.GuardFalse);
        Assert.Contains("nodes.land.outcome", rejection.Message, StringComparison.Ordinal);
        h.Complete("approve", "reject");
        Assert.Equal(EndResult.Rejected, h.State!.Result);
    }

    [Fact]
    public void Start_SchedulesMatterAndTaskDeadlinesOnTheWorkingDayCalendar()
    {
        var h = MatterHarness.For(Yaml);
        h.Start(Form());
        var matter = h.State!.MatterDeadline!;
        // Mon 2026-03-02 + 15 working days = Mon 2026-03-23, close of office.
        Assert.Equal(new DateTimeOffset(2026, 3, 23, 17, 30, 0, TimeSpan.FromHours(8)), matter.Due);
        Assert.Contains(h.Effects, e => e is ScheduleTimer);
        var task = h.State.Deadlines.Single(d => d.Task is not null);
        Assert.Equal(new DateTimeOffset(2026, 3, 3, 17, 30, 0, TimeSpan.FromHours(8)), task.Due);
    }
}
