using OneMatter.Engine.Commands;
using OneMatter.Engine.Definitions;
using OneMatter.Engine.Events;
using OneMatter.Engine.Instances;
using OneMatter.Engine.Interpreter;

namespace OneMatter.Engine.Tests.Interpreter;

/// <summary>Withdrawing one task (cancel task): its path ends and a join stops waiting for it.</summary>
public class CancelTaskTests
{
    private static readonly Actor Supervisor = Actor.Supervisor("chen", "command");

    private static MatterHarness InReview()
    {
        var h = MatterHarness.For(ApprovalFlowTests.Yaml);
        h.Start(ApprovalFlowTests.Form());
        h.Complete("accept", "accept");
        return h;
    }

    private static CancelTask Cancel(MatterHarness h, string node, Actor? actor = null) =>
        new() { Actor = actor ?? Supervisor, TaskId = h.Task(node).Id, Reason = "无需用地审查" };

    [Fact]
    public void CancelTask_InsideParallelAfterTheOtherBranchArrived_JoinFiresAtOnce()
    {
        var h = InReview();
        h.Complete("housing", "pass");
        var land = h.Task("land").Id;

        h.Must(Cancel(h, "land"));

        Assert.Equal(land, Assert.Single(h.Last!.Events.OfType<TaskCancelled>()).Task);
        Assert.True(Assert.Single(h.Last.Events.OfType<TokenConsumed>()).Abandoned);
        Assert.Single(h.EventsOf<JoinFired>());
        Assert.True(h.IsOpen("approve"));
        Assert.Empty(h.State!.Joins);
    }

    [Fact]
    public void CancelTask_InsideParallelBeforeTheOtherBranchArrived_JoinWaitsOnlyForTheRest()
    {
        var h = InReview();
        h.Must(Cancel(h, "land"));
        Assert.Empty(h.EventsOf<JoinFired>());
        Assert.True(h.IsOpen("housing"));

        h.Complete("housing", "pass");
        Assert.Single(h.EventsOf<JoinFired>());
        Assert.True(h.IsOpen("approve"));
    }

    [Fact]
    public void CancelTask_EveryBranchOfASplit_AbandonsItAndClosesTheMatter()
    {
        var h = InReview();
        h.Must(Cancel(h, "land"));
        h.Must(Cancel(h, "housing"));

        Assert.Single(h.EventsOf<SplitAbandoned>());
        Assert.Empty(h.EventsOf<JoinFired>());
        Assert.Equal(MatterStatus.Ended, h.State!.Status);
        Assert.Equal(EndResult.Closed, h.State.Result);
    }

    [Fact]
    public void CancelTask_OnTheOnlyPath_ClosesTheMatter()
    {
        var h = MatterHarness.For(ApprovalFlowTests.Yaml);
        h.Start(ApprovalFlowTests.Form());
        h.Must(Cancel(h, "accept"));
        Assert.Equal(EndResult.Closed, h.State!.Result);
        Assert.Empty(h.State.Timers);
    }

    [Fact]
    public void CancelTask_ByLeadUnitOfficer_IsAllowed()
    {
        var h = InReview();
        h.Must(Cancel(h, "land", MatterHarness.Officer("agri")));
        Assert.False(h.IsOpen("land"));
    }

    [Fact]
    public void CancelTask_ByTheHoldingOfficerOfAPartnerUnit_IsNotTheirs()
    {
        var h = InReview();
        h.Refused(Cancel(h, "land", MatterHarness.Officer("land")), RejectionCode.NotYourTask);
    }

    [Fact]
    public void CancelTask_ByApplicant_IsNotTheirs()
    {
        var h = InReview();
        h.Refused(Cancel(h, "land", Actor.ApplicantAccount("alice")), RejectionCode.NotYourTask);
    }

    [Fact]
    public void CancelTask_UnknownTask_IsUnknownTask()
    {
        var h = InReview();
        h.Refused(Cancel(h, "land") with { TaskId = "land.1" }, RejectionCode.UnknownTask);
    }
}
