using OneMatter.Engine.Commands;
using OneMatter.Engine.Definitions;
using OneMatter.Engine.Effects;
using OneMatter.Engine.Events;
using OneMatter.Engine.Instances;
using OneMatter.Engine.Interpreter;

namespace OneMatter.Engine.Tests.Interpreter;

/// <summary>撤回: the applicant withdraws the application.</summary>
public class WithdrawMatterTests
{
    private static MatterHarness InReview()
    {
        var h = MatterHarness.For(ApprovalFlowTests.Yaml);
        h.Start(ApprovalFlowTests.Form());
        h.Complete("accept", "accept");
        return h;
    }

    [Fact]
    public void Withdraw_ByOwnApplicant_EndsTheMatterAndCancelsEveryTaskTimerAndDeadline()
    {
        var h = InReview();
        var tasks = h.State!.Tasks.Select(t => t.Id).Order().ToList();
        var timers = h.State.Timers.Select(t => t.Id).Order().ToList();
        Assert.Equal(2, tasks.Count);
        Assert.NotEmpty(timers);

        h.Must(new WithdrawMatter { Actor = Actor.ApplicantAccount("alice"), Reason = "不建了" });

        var state = h.State!;
        Assert.Equal((MatterStatus.Ended, EndResult.Withdrawn), (state.Status, state.Result));
        Assert.Empty(state.Tasks);
        Assert.Empty(state.Timers);
        Assert.Empty(state.Deadlines);
        Assert.Empty(state.Tokens);
        Assert.Equal(tasks, h.Last!.Events.OfType<TaskCancelled>().Select(c => c.Task).Order());
        Assert.Equal(timers, h.Last.Effects.OfType<CancelTimer>().Select(c => c.TimerId).Order());
        Assert.DoesNotContain(h.Last.Effects, e => e is ScheduleTimer);
        var ended = Assert.Single(h.EventsOf<MatterEnded>());
        Assert.Equal(("不建了", null), (ended.Reason, ended.Node));
        Assert.Contains(h.Last.Effects.OfType<Notify>(), n => n.Recipient == RecipientKind.Applicant && n.To == "alice");
    }

    [Fact]
    public void Withdraw_DuringCorrection_LeavesNoTimerBehind()
    {
        var h = MatterHarness.For(ApprovalFlowTests.Yaml);
        h.Start(ApprovalFlowTests.Form());
        h.Complete("accept", "correct");

        h.Must(new WithdrawMatter { Actor = Actor.ApplicantAccount("alice") });

        Assert.Equal(EndResult.Withdrawn, h.State!.Result);
        Assert.Empty(h.State.Timers);
        Assert.Empty(h.State.Deadlines);
        var scheduled = h.Last!.Effects.OfType<ScheduleTimer>().Select(s => s.TimerId).ToHashSet();
        var cancelled = h.Last.Effects.OfType<CancelTimer>().Select(c => c.TimerId).ToHashSet();
        Assert.Subset(cancelled, scheduled);
    }

    [Fact]
    public void Withdraw_ByAnotherApplicant_IsNotTheirs()
    {
        var h = InReview();
        h.Refused(new WithdrawMatter { Actor = Actor.ApplicantAccount("mallory") }, RejectionCode.NotYourTask);
    }

    [Fact]
    public void Withdraw_ByAnOfficer_IsNotTheirs()
    {
        var h = InReview();
        h.Refused(new WithdrawMatter { Actor = MatterHarness.Officer("agri") }, RejectionCode.NotYourTask);
    }

    [Fact]
    public void Withdraw_ByAdministrator_IsAllowed()
    {
        var h = InReview();
        h.Must(new WithdrawMatter { Actor = new Actor("root", ActorKind.Admin) });
        Assert.Equal(EndResult.Withdrawn, h.State!.Result);
    }

    [Fact]
    public void Withdraw_AfterTheMatterEnded_IsNotAllowed()
    {
        var h = InReview();
        h.Must(new WithdrawMatter { Actor = Actor.ApplicantAccount("alice") });
        h.Refused(new WithdrawMatter { Actor = Actor.ApplicantAccount("alice") }, RejectionCode.NotAllowedInState);
    }
}
