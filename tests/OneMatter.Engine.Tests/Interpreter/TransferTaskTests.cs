using OneMatter.Engine.Commands;
using OneMatter.Engine.Effects;
using OneMatter.Engine.Events;
using OneMatter.Engine.Interpreter;

namespace OneMatter.Engine.Tests.Interpreter;

/// <summary>转办: handing a work item to another unit for good.</summary>
public class TransferTaskTests
{
    private static MatterHarness InReview()
    {
        var h = MatterHarness.For(ApprovalFlowTests.Yaml);
        h.Start(ApprovalFlowTests.Form());
        h.Complete("accept", "accept");
        return h;
    }

    private static TransferTask Transfer(MatterHarness h, string toUnit, Actor? actor = null) =>
        new() { Actor = actor ?? Actor.Officer("wang", "land"), TaskId = h.Task("land").Id, ToUnit = toUnit, Reason = "不属本单位职责" };

    [Fact]
    public void Transfer_ToAnotherUnit_MovesTheWorkItemAndTellsTheNewUnit()
    {
        var h = InReview();
        h.Must(new ClaimTask { Actor = Actor.Officer("wang", "land"), TaskId = h.Task("land").Id });

        h.Must(Transfer(h, "fire"));

        var item = h.Task("land").Items.Single();
        Assert.Equal("fire", item.Unit);
        Assert.Null(item.ClaimedBy);
        var transferred = Assert.Single(h.EventsOf<TaskTransferred>());
        Assert.Equal(("land", "fire", "不属本单位职责"), (transferred.FromUnit, transferred.ToUnit, transferred.Reason));
        var notify = Assert.Single(h.Last!.Effects.OfType<Notify>());
        Assert.Equal(("fire", NotificationKind.Handoff, h.Task("land").Id), (notify.To, notify.Kind, notify.TaskId));

        h.Refused(new CompleteTask { Actor = Actor.Officer("wang", "land"), TaskId = h.Task("land").Id, Outcome = "pass" }, RejectionCode.NotYourTask);
        h.Must(new CompleteTask { Actor = Actor.Officer("zhou", "fire"), TaskId = h.Task("land").Id, Outcome = "pass" });
        Assert.Equal("fire", h.State!.Records["land"].Unit);
    }

    [Fact]
    public void Transfer_ToUnknownUnit_IsUnknownUnit()
    {
        var h = InReview();
        Assert.Equal("toUnit", h.Refused(Transfer(h, "moon-bureau"), RejectionCode.UnknownUnit).Field);
    }

    [Fact]
    public void Transfer_ToTheUnitThatHoldsIt_IsNotAllowed()
    {
        var h = InReview();
        Assert.Equal("toUnit", h.Refused(Transfer(h, "land"), RejectionCode.NotAllowedInState).Field);
    }

    [Fact]
    public void Transfer_ByOfficerOfAnotherUnit_IsNotTheirs()
    {
        var h = InReview();
        h.Refused(Transfer(h, "fire", MatterHarness.Officer("housing")), RejectionCode.NotYourTask);
    }

    [Fact]
    public void Transfer_BySupervisor_IsAllowed()
    {
        var h = InReview();
        h.Must(Transfer(h, "fire", Actor.Supervisor("chen", "command")));
        Assert.Equal("fire", h.Task("land").Items.Single().Unit);
    }

    [Fact]
    public void Transfer_OfTheApplicantsCorrectionBySupervisor_IsNotAllowed()
    {
        var h = MatterHarness.For(ApprovalFlowTests.Yaml);
        h.Start(ApprovalFlowTests.Form());
        h.Complete("accept", "correct");
        var correction = h.Task("correction").Id;

        h.Refused(new TransferTask { Actor = Actor.Supervisor("chen", "command"), TaskId = correction, ToUnit = "fire" }, RejectionCode.NotAllowedInState);
    }

    [Fact]
    public void Transfer_UnknownTask_IsUnknownTask()
    {
        var h = InReview();
        h.Refused(Transfer(h, "fire") with { TaskId = "land.404" }, RejectionCode.UnknownTask);
    }
}
