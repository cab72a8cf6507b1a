using OneMatter.Engine.Commands;
using OneMatter.Engine.Definitions;
using OneMatter.Engine.Effects;
using OneMatter.Engine.Events;
using OneMatter.Engine.Interpreter;

namespace OneMatter.Engine.Tests.Interpreter;

/// <summary>Closing a whole matter (cancel case) by the command centre or the lead unit.</summary>
public class CancelMatterTests
{
    private static MatterHarness InReview()
    {
        var h = MatterHarness.For(ApprovalFlowTests.Yaml);
        h.Start(ApprovalFlowTests.Form());
        h.Complete("accept", "accept");
        return h;
    }

    private static CancelMatter Cancel(Actor actor) => new() { Actor = actor, Reason = "重复申请" };

    [Fact]
    public void CancelMatter_BySupervisor_ClosesItAndCancelsEverythingOpen()
    {
        var h = InReview();
        var timers = h.State!.Timers.Select(t => t.Id).Order().ToList();

        h.Must(Cancel(Actor.Supervisor("chen", "command")));

        Assert.Equal(EndResult.Closed, h.State!.Result);
        Assert.Equal("重复申请", h.EventsOf<MatterEnded>().Single().Reason);
        Assert.Equal(2, h.Last!.Events.OfType<TaskCancelled>().Count());
        Assert.Empty(h.State.Tasks);
        Assert.Empty(h.State.Timers);
        Assert.Equal(timers, h.Last.Effects.OfType<CancelTimer>().Select(c => c.TimerId).Order());
    }

    [Fact]
    public void CancelMatter_ByLeadUnitOfficer_IsAllowed()
    {
        var h = InReview();
        h.Must(Cancel(MatterHarness.Officer("agri")));
        Assert.Equal(EndResult.Closed, h.State!.Result);
    }

    [Fact]
    public void CancelMatter_ByPartnerUnitOfficer_IsNotTheirs()
    {
        var h = InReview();
        h.Refused(Cancel(MatterHarness.Officer("land")), RejectionCode.NotYourTask);
    }

    [Fact]
    public void CancelMatter_ByApplicant_IsNotTheirs()
    {
        var h = InReview();
        h.Refused(Cancel(Actor.ApplicantAccount("alice")), RejectionCode.NotYourTask);
    }

    [Fact]
    public void CancelMatter_AfterItEnded_IsNotAllowed()
    {
        var h = InReview();
        h.Must(Cancel(Actor.Supervisor("chen", "command")));
        h.Refused(Cancel(Actor.Supervisor("chen", "command")), RejectionCode.NotAllowedInState);
    }
}
