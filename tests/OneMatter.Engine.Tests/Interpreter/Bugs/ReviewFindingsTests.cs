using OneMatter.Engine.Commands;
using OneMatter.Engine.Definitions;
using OneMatter.Engine.Effects;
using OneMatter.Engine.Events;
using OneMatter.Engine.Interpreter;

namespace OneMatter.Engine.Tests.Interpreter.Bugs;

/// <summary>Regressions for problems found while reviewing the interpreter, each named after
/// what went wrong.</summary>
public class ReviewFindingsTests
{
    private const string CallYaml = """
        id: test
        name: 调用测试
        name-en: Call test
        family: approval
        lead: agri
        start: check
        nodes:
          check: { type: call, name: 竣工验收, matter: completion-check, next: done }
          done: { type: end, name: 办结, result: approved }
        """;

    [Fact]
    public void Bug_AnOfficerCouldReportAChildMattersResult()
    {
        var h = MatterHarness.For(CallYaml);
        h.Start();
        var child = Assert.Single(h.State!.Calls).Child;
        h.Refused(new CompleteCall { Actor = MatterHarness.Officer("agri"), ChildInstanceId = child, Result = EndResult.Approved }, RejectionCode.NotYourTask);
        h.Must(new CompleteCall { Actor = Actor.System, ChildInstanceId = child, Result = EndResult.Approved });
    }

    [Fact]
    public void Bug_ChildMattersWereNotWithdrawnWhenTheParentEnded()
    {
        var h = MatterHarness.For(CallYaml);
        h.Start();
        var child = Assert.Single(h.State!.Calls).Child;
        h.Must(new CancelMatter { Actor = Actor.Supervisor("sup", "command"), Reason = "重复申请" });
        Assert.Empty(h.State!.Calls);
        Assert.Equal(child, Assert.Single(h.EventsOf<CallWithdrawn>()).Child);
        Assert.Contains(h.Effects, e => e is CancelChildMatter c && c.ChildInstanceId == child);
    }

    [Fact]
    public void Bug_OneOfficerCouldSignA会签TaskTwice()
    {
        var (h, node) = SignerYaml.Start("all");
        var task = h.Task(node);
        h.Must(new AddSigner { Actor = MatterHarness.Officer("land"), TaskId = task.Id, Unit = "land" });
        var officer = MatterHarness.Officer("land");
        h.Must(new CompleteTask { Actor = officer, TaskId = task.Id, Outcome = "agree" });
        var rejection = h.Refused(new CompleteTask { Actor = officer, TaskId = task.Id, Outcome = "agree" }, RejectionCode.Conflict);
        Assert.Contains("already signed", rejection.Message, StringComparison.Ordinal);
        // A colleague of the same unit may take the added signature.
        h.Must(new CompleteTask { Actor = MatterHarness.Officer("land", "officer.land.2"), TaskId = task.Id, Outcome = "agree" });
    }

    [Fact]
    public void Bug_UrgingTheApplicantsCorrectionToldNobody()
    {
        var h = MatterHarness.For(ApprovalFlowTests.Yaml);
        h.Start(ApprovalFlowTests.Form());
        h.Complete("accept", "correct");
        var correction = h.Task("correction");
        h.Effects.Clear();
        h.Must(new UrgeTask { Actor = Actor.Supervisor("sup", "command"), TaskId = correction.Id, Message = "请于三日内补正" });
        var notice = Assert.Single(h.Effects.OfType<Notify>());
        Assert.Equal((RecipientKind.Applicant, "alice", NotificationKind.Urge), (notice.Recipient, notice.To, notice.Kind));
    }

    [Fact]
    public void Bug_WithdrawingDuringCorrectionScheduledATimerItCancelledAtOnce()
    {
        var h = MatterHarness.For(ApprovalFlowTests.Yaml);
        h.Start(ApprovalFlowTests.Form());
        h.Complete("accept", "correct");
        h.Effects.Clear();
        h.Must(new WithdrawMatter { Actor = Actor.ApplicantAccount("alice") });
        Assert.DoesNotContain(h.Effects, e => e is ScheduleTimer);
        Assert.Empty(h.State!.Timers);
    }

    [Fact]
    public void Bug_ACancelledTaskAtANodeCompletedEarlierWasReportedAsCompleted()
    {
        var h = MatterHarness.For(ApprovalFlowTests.Yaml);
        h.Start(ApprovalFlowTests.Form());
        h.Complete("accept", "accept");
        h.Complete("land", "pass");
        h.Complete("housing", "pass");
        var approve = h.Task("approve");
        h.Must(new ReturnTask { Actor = MatterHarness.Officer("east-gov"), TaskId = approve.Id, ToNode = "accept", Reason = "材料有误" });
        // accept.N (the first acceptance) was completed; the task returned from is not "completed by" anyone.
        var rejection = h.Refused(new CompleteTask { Actor = MatterHarness.Officer("east-gov"), TaskId = approve.Id, Outcome = "reject" }, RejectionCode.UnknownTask);
        Assert.DoesNotContain("completed by", rejection.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bug_ALateBranchReturningAfterAnAnyJoinFiredDuplicatedTheMatter()
    {
        var yaml = """
            id: test
            name: 或汇总
            name-en: Any join
            family: approval
            lead: agri
            start: intake
            nodes:
              intake: { type: task, name: 收件, assignee: agri, outcomes: { ok: review } }
              review: { type: parallel, name: 并联, branches: [land, housing], join: first }
              land: { type: task, name: 用地, assignee: land, outcomes: { ok: first } }
              housing: { type: task, name: 建设, assignee: housing, outcomes: { ok: first } }
              first: { type: join, name: 先到, mode: any, next: decide }
              decide: { type: task, name: 决定, assignee: agri, outcomes: { ok: done } }
              done: { type: end, name: 办结, result: approved }
            """;
        var h = MatterHarness.For(yaml);
        h.Start();
        h.Complete("intake", "ok");
        h.Complete("land", "ok");
        Assert.True(h.IsOpen("decide"));
        var late = h.Task("housing");
        h.Refused(new ReturnTask { Actor = MatterHarness.Officer("housing"), TaskId = late.Id, ToNode = "intake", Reason = "需重新收件" }, RejectionCode.NotAllowedInState);
        // The step after the join may still send the matter back; the late branch runs on and is
        // absorbed by its (old) join, as a discriminator's late branches are.
        h.Must(new ReturnTask { Actor = MatterHarness.Officer("agri"), TaskId = h.Task("decide").Id, ToNode = "intake", Reason = "需重新收件" });
        Assert.Equal(["housing", "intake"], h.State!.Tasks.Select(t => t.Node).Order());
        h.Complete("housing", "ok");
        Assert.Equal(["intake"], h.State.Tasks.Select(t => t.Node));
        Assert.Empty(h.State.Joins);
    }
}
