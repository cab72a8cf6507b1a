using OneMatter.Engine.Commands;
using OneMatter.Engine.Events;
using OneMatter.Engine.Interpreter;

namespace OneMatter.Engine.Tests.Interpreter;

/// <summary>认领 and giving a claim back: who holds a work item of a unit's queue.</summary>
public class ClaimReleaseTests
{
    private static readonly Actor Li = Actor.Officer("li", "east-window");
    private static readonly Actor Wang = Actor.Officer("wang", "east-window");

    private static MatterHarness Started()
    {
        var h = MatterHarness.For(ApprovalFlowTests.Yaml);
        h.Start(ApprovalFlowTests.Form());
        return h;
    }

    private static string AcceptId(MatterHarness h) => h.Task("accept").Id;

    [Fact]
    public void Claim_OfferedItem_RecordsTheClaimant()
    {
        var h = Started();
        h.Must(new ClaimTask { Actor = Li, TaskId = AcceptId(h) });

        var item = h.Task("accept").Items.Single();
        Assert.Equal("li", item.ClaimedBy);
        var claimed = Assert.Single(h.Last!.Events.OfType<TaskClaimed>());
        Assert.Equal(item.Id, claimed.Item);
        Assert.Equal("east-window", claimed.Unit);
    }

    [Fact]
    public void Claim_ItemClaimedByColleague_IsAlreadyClaimed()
    {
        var h = Started();
        h.Must(new ClaimTask { Actor = Li, TaskId = AcceptId(h) });
        var rejection = h.Refused(new ClaimTask { Actor = Wang, TaskId = AcceptId(h) }, RejectionCode.AlreadyClaimed);
        Assert.Contains("li", rejection.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Complete_ItemClaimedByColleague_IsAlreadyClaimed()
    {
        var h = Started();
        h.Must(new ClaimTask { Actor = Li, TaskId = AcceptId(h) });
        h.Refused(new CompleteTask { Actor = Wang, TaskId = AcceptId(h), Outcome = "accept" }, RejectionCode.AlreadyClaimed);
        h.Must(new CompleteTask { Actor = Li, TaskId = AcceptId(h), Outcome = "accept" });
        Assert.Equal("li", h.State!.Records["accept"].By);
    }

    [Fact]
    public void Claim_Twice_IsNotAllowed()
    {
        var h = Started();
        h.Must(new ClaimTask { Actor = Li, TaskId = AcceptId(h) });
        h.Refused(new ClaimTask { Actor = Li, TaskId = AcceptId(h) }, RejectionCode.NotAllowedInState);
    }

    [Fact]
    public void Claim_ByOfficerOfAnotherUnit_IsNotTheirs()
    {
        var h = Started();
        var rejection = h.Refused(new ClaimTask { Actor = MatterHarness.Officer("west-window"), TaskId = AcceptId(h) }, RejectionCode.NotYourTask);
        Assert.Contains("east-window", rejection.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Claim_ByApplicant_IsNotTheirs()
    {
        var h = Started();
        h.Refused(new ClaimTask { Actor = Actor.ApplicantAccount("alice"), TaskId = AcceptId(h) }, RejectionCode.NotYourTask);
    }

    [Fact]
    public void Claim_UnknownTask_IsUnknownTask()
    {
        var h = Started();
        h.Refused(new ClaimTask { Actor = Li, TaskId = "accept.999" }, RejectionCode.UnknownTask);
    }

    [Fact]
    public void Claim_AfterTheMatterEnded_IsAConflictNamingWhoCompletedIt()
    {
        var h = Started();
        var id = AcceptId(h);
        h.Complete("accept", "refuse");
        var rejection = h.Refused(new ClaimTask { Actor = Li, TaskId = id }, RejectionCode.Conflict);
        Assert.Contains("refuse", rejection.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Release_ClaimedItem_PutsItBackInTheQueueForColleagues()
    {
        var h = Started();
        h.Must(new ClaimTask { Actor = Li, TaskId = AcceptId(h) });
        h.Must(new ReleaseTask { Actor = Li, TaskId = AcceptId(h) });

        Assert.Null(h.Task("accept").Items.Single().ClaimedBy);
        Assert.Single(h.Last!.Events.OfType<TaskReleased>());
        h.Must(new ClaimTask { Actor = Wang, TaskId = AcceptId(h) });
        Assert.Equal("wang", h.Task("accept").Items.Single().ClaimedBy);
    }

    [Fact]
    public void Release_WithoutClaim_IsNotTheirs()
    {
        var h = Started();
        h.Refused(new ReleaseTask { Actor = Li, TaskId = AcceptId(h) }, RejectionCode.NotYourTask);
    }

    [Fact]
    public void Release_ColleaguesClaim_IsNotTheirs()
    {
        var h = Started();
        h.Must(new ClaimTask { Actor = Li, TaskId = AcceptId(h) });
        h.Refused(new ReleaseTask { Actor = Wang, TaskId = AcceptId(h) }, RejectionCode.NotYourTask);
        Assert.Equal("li", h.Task("accept").Items.Single().ClaimedBy);
    }

    [Fact]
    public void Release_UnknownTask_IsUnknownTask()
    {
        var h = Started();
        h.Refused(new ReleaseTask { Actor = Li, TaskId = "nothing.1" }, RejectionCode.UnknownTask);
    }
}
