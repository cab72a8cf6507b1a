using OneMatter.Engine.Commands;
using OneMatter.Engine.Effects;
using OneMatter.Engine.Events;
using OneMatter.Engine.Interpreter;

namespace OneMatter.Engine.Tests.Interpreter;

/// <summary>委派: lending a work item to someone who does the work and hands it back.</summary>
public class DelegationTests
{
    private static readonly Actor Owner = Actor.Officer("wang", "land");
    private static readonly Actor Delegate = Actor.Officer("li", "land");
    private static readonly Actor Colleague = Actor.Officer("zhao", "land");

    private static MatterHarness InReview()
    {
        var h = MatterHarness.For(ApprovalFlowTests.Yaml);
        h.Start(ApprovalFlowTests.Form());
        h.Complete("accept", "accept");
        return h;
    }

    private static string Land(MatterHarness h) => h.Task("land").Id;

    private static MatterHarness Delegated(string toUnit = "land", string? toUser = "li")
    {
        var h = InReview();
        h.Must(new DelegateTask { Actor = Owner, TaskId = Land(h), ToUnit = toUnit, ToUser = toUser, Note = "请核实四至" });
        return h;
    }

    [Fact]
    public void Delegate_ToAColleague_HandsTheItemOverAndRemembersTheOwner()
    {
        var h = Delegated();

        var item = h.Task("land").Items.Single();
        Assert.Equal(("land", "li"), (item.Unit, item.User));
        Assert.Equal(("land", "wang"), (item.Delegation!.OwnerUnit, item.Delegation.OwnerUser));
        var delegated = Assert.Single(h.EventsOf<TaskDelegated>());
        Assert.Equal(("land", "li", "请核实四至"), (delegated.ToUnit, delegated.ToUser, delegated.Note));
        Assert.Contains(h.Last!.Effects.OfType<Notify>(), n => n.To == "land" && n.Kind == NotificationKind.Handoff);
    }

    [Fact]
    public void Complete_ByOwnerWhileDelegated_IsNotAllowed()
    {
        var h = Delegated();
        var rejection = h.Refused(new CompleteTask { Actor = Owner, TaskId = Land(h), Outcome = "pass" }, RejectionCode.NotAllowedInState);
        Assert.Contains("委派", rejection.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Complete_ByDelegate_IsNotAllowedOnlyResolve()
    {
        var h = Delegated();
        h.Refused(new CompleteTask { Actor = Delegate, TaskId = Land(h), Outcome = "pass" }, RejectionCode.NotAllowedInState);
        Assert.True(h.IsOpen("land"));
    }

    [Fact]
    public void Complete_ByAnotherColleagueWhileDelegated_IsNotTheirs()
    {
        var h = Delegated();
        h.Refused(new CompleteTask { Actor = Colleague, TaskId = Land(h), Outcome = "pass" }, RejectionCode.NotYourTask);
    }

    [Fact]
    public void Resolve_ByDelegate_ReturnsTheItemToTheOwnerWhoThenCompletes()
    {
        var h = Delegated();
        h.Must(new ResolveDelegation { Actor = Delegate, TaskId = Land(h), Comment = "已核实" });

        var item = h.Task("land").Items.Single();
        Assert.Null(item.Delegation);
        Assert.Equal(("land", "wang", "wang"), (item.Unit, item.User, item.ClaimedBy));
        Assert.Equal("已核实", Assert.Single(h.EventsOf<DelegationResolved>()).Comment);
        Assert.Contains(h.Last!.Effects.OfType<Notify>(), n => n.To == "land" && n.Kind == NotificationKind.Handoff);

        h.Refused(new CompleteTask { Actor = Delegate, TaskId = Land(h), Outcome = "pass" }, RejectionCode.NotYourTask);
        h.Must(new CompleteTask { Actor = Owner, TaskId = Land(h), Outcome = "pass" });
        Assert.Equal("wang", h.State!.Records["land"].By);
    }

    [Fact]
    public void Delegate_ToAnotherUnit_OnlyThatUnitResolvesAndTheOwnerGetsItBack()
    {
        var h = Delegated(toUnit: "fire", toUser: null);
        h.Refused(new CompleteTask { Actor = Owner, TaskId = Land(h), Outcome = "pass" }, RejectionCode.NotAllowedInState);
        h.Refused(new ResolveDelegation { Actor = Colleague, TaskId = Land(h) }, RejectionCode.NotYourTask);

        h.Must(new ResolveDelegation { Actor = Actor.Officer("zhou", "fire"), TaskId = Land(h) });
        h.Must(new CompleteTask { Actor = Owner, TaskId = Land(h), Outcome = "pass" });
    }

    [Fact]
    public void Resolve_ItemThatIsNotDelegated_IsNotAllowed()
    {
        var h = InReview();
        h.Refused(new ResolveDelegation { Actor = Owner, TaskId = Land(h) }, RejectionCode.NotAllowedInState);
    }

    [Fact]
    public void Delegate_DelegatedWorkAgain_IsNotAllowed()
    {
        var h = Delegated();
        h.Refused(new DelegateTask { Actor = Delegate, TaskId = Land(h), ToUnit = "land", ToUser = "zhao" }, RejectionCode.NotAllowedInState);
    }

    [Fact]
    public void Delegate_ToUnknownUnit_IsUnknownUnit()
    {
        var h = InReview();
        var rejection = h.Refused(new DelegateTask { Actor = Owner, TaskId = Land(h), ToUnit = "nowhere" }, RejectionCode.UnknownUnit);
        Assert.Equal("toUnit", rejection.Field);
    }

    [Fact]
    public void Delegate_ByOfficerNotHoldingTheTask_IsNotTheirs()
    {
        var h = InReview();
        h.Refused(new DelegateTask { Actor = MatterHarness.Officer("housing"), TaskId = Land(h), ToUnit = "fire" }, RejectionCode.NotYourTask);
    }
}
