using OneMatter.Engine.Commands;
using OneMatter.Engine.Definitions;
using OneMatter.Engine.Effects;
using OneMatter.Engine.Events;
using OneMatter.Engine.Instances;
using OneMatter.Engine.Interpreter;
using static OneMatter.Engine.Tests.Interpreter.SignerYaml;

namespace OneMatter.Engine.Tests.Interpreter;

/// <summary>加签 and 减签: adding and removing signers on a live task.</summary>
public class SignerChangeTests
{
    private static readonly Actor Supervisor = Actor.Supervisor("chen", "command");

    private static AddSigner Add(MatterHarness h, string node, string unit, Actor? by = null) =>
        new() { Actor = by ?? MatterHarness.Officer("land"), TaskId = h.Task(node).Id, Unit = unit };

    private static RemoveSigner Remove(MatterHarness h, string node, string unit, Actor? by = null) =>
        new() { Actor = by ?? Supervisor, TaskId = h.Task(node).Id, WorkItemId = h.Task(node).Items.First(i => i.Unit == unit).Id };

    [Fact]
    public void AddSigner_ToAllSign_TheNewSignerMustAlsoAgree()
    {
        var (h, node) = Start("all");
        h.Must(Add(h, node, "agri"));

        var added = Assert.Single(h.EventsOf<SignerAdded>());
        Assert.Equal(("agri", WorkItemStatus.Offered), (added.Item.Unit, added.Item.Status));
        Assert.Contains(h.Last!.Effects.OfType<Notify>(), n => n.To == "agri" && n.Kind == NotificationKind.Handoff);
        Assert.Equal(4, h.Task(node).Items.Length);

        h.Must(Sign(h, node, "land"));
        h.Must(Sign(h, node, "housing"));
        h.Must(Sign(h, node, "fire"));
        Assert.True(h.IsOpen(node));
        h.Must(Sign(h, node, "agri"));
        Assert.Equal(EndResult.Approved, h.State!.Result);
    }

    [Fact]
    public void AddSigner_ToSingleTask_TurnsItIntoAllSign()
    {
        var (h, node) = Start("single");
        Assert.Equal(SignMode.Single, h.Task(node).Sign);
        h.Must(Add(h, node, "housing"));
        Assert.Equal(SignMode.All, h.Task(node).Sign);

        h.Must(Sign(h, node, "land"));
        Assert.True(h.IsOpen(node));
        h.Must(Sign(h, node, "housing"));
        Assert.Equal(EndResult.Approved, h.State!.Result);
    }

    [Fact]
    public void AddSigner_ToAnySign_TheNewSignerCanDecide()
    {
        var (h, node) = Start("any");
        h.Must(Add(h, node, "agri"));
        h.Must(Sign(h, node, "agri", "veto"));
        Assert.Equal(EndResult.Rejected, h.State!.Result);
    }

    [Fact]
    public void AddSigner_ToSequential_JoinsTheEndOfTheQueue()
    {
        var (h, node) = Start("sequential");
        h.Must(Add(h, node, "agri"));

        Assert.Equal(WorkItemStatus.Waiting, h.Task(node).Items[^1].Status);
        Assert.DoesNotContain(h.Last!.Effects.OfType<Notify>(), n => n.To == "agri");
        h.Refused(Sign(h, node, "agri"), RejectionCode.NotAllowedInState);

        h.Must(Sign(h, node, "land"));
        h.Must(Sign(h, node, "housing"));
        h.Must(Sign(h, node, "fire"));
        Assert.True(h.IsOpen(node));
        Assert.Equal("agri", Assert.Single(h.Last!.Effects.OfType<Notify>()).To);
        h.Must(Sign(h, node, "agri"));
        Assert.Equal(EndResult.Approved, h.State!.Result);
    }

    [Fact]
    public void AddSigner_UnknownUnit_IsUnknownUnit()
    {
        var (h, node) = Start("all");
        Assert.Equal("unit", h.Refused(Add(h, node, "ghost"), RejectionCode.UnknownUnit).Field);
    }

    [Fact]
    public void AddSigner_ByOfficerNotOnTheTask_IsNotTheirs()
    {
        var (h, node) = Start("all");
        h.Refused(Add(h, node, "east-gov", MatterHarness.Officer("agri")), RejectionCode.NotYourTask);
    }

    [Fact]
    public void AddSigner_BySupervisor_IsAllowed()
    {
        var (h, node) = Start("any");
        h.Must(Add(h, node, "fire", Supervisor));
        Assert.Equal(3, h.Task(node).Items.Length);
    }

    [Fact]
    public void AddSigner_ToTheApplicantsCorrection_IsNotAllowed()
    {
        var h = MatterHarness.For(ApprovalFlowTests.Yaml);
        h.Start(ApprovalFlowTests.Form());
        h.Complete("accept", "correct");
        h.Refused(Add(h, "correction", "land", Supervisor), RejectionCode.NotAllowedInState);
    }

    [Fact]
    public void RemoveSigner_FromAllSign_NoLongerWaitsForThem()
    {
        var (h, node) = Start("all");
        var fire = h.Task(node).Items.Single(i => i.Unit == "fire").Id;
        h.Must(Remove(h, node, "fire"));

        Assert.Equal(fire, Assert.Single(h.EventsOf<SignerRemoved>()).Item);
        Assert.Equal(2, h.Task(node).Items.Length);
        h.Must(Sign(h, node, "land"));
        h.Must(Sign(h, node, "housing"));
        Assert.Equal(EndResult.Approved, h.State!.Result);
    }

    [Fact]
    public void RemoveSigner_TheOnlyOneStillToSign_CompletesWithAgreement()
    {
        var (h, node) = Start("all");
        h.Must(Sign(h, node, "land"));
        h.Must(Sign(h, node, "housing"));
        h.Must(Remove(h, node, "fire"));

        Assert.Equal("agree", Assert.Single(h.EventsOf<TaskCompleted>()).Outcome);
        Assert.Equal(EndResult.Approved, h.State!.Result);
    }

    [Fact]
    public void RemoveSigner_CurrentSequentialSigner_PassesTheTurnOnAndTellsTheNext()
    {
        var (h, node) = Start("sequential");
        h.Must(Sign(h, node, "land"));
        h.Must(Remove(h, node, "housing"));

        Assert.Equal(WorkItemStatus.Offered, h.Task(node).Items.Single(i => i.Unit == "fire").Status);
        var turn = Assert.Single(h.Last!.Effects.OfType<Notify>());
        Assert.Equal(("fire", NotificationKind.Handoff, h.Task(node).Id), (turn.To, turn.Kind, turn.TaskId));
        h.Must(Sign(h, node, "fire"));
        Assert.Equal(EndResult.Approved, h.State!.Result);
    }

    [Fact]
    public void RemoveSigner_ByTheTaskHolder_IsAllowed()
    {
        var (h, node) = Start("any");
        h.Must(Remove(h, node, "housing", MatterHarness.Officer("land")));
        Assert.Equal("land", Assert.Single(h.Task(node).Items).Unit);
    }

    [Fact]
    public void RemoveSigner_TheLastSigner_IsRefused()
    {
        var (h, node) = Start("any");
        h.Must(Remove(h, node, "housing"));
        var rejection = h.Refused(Remove(h, node, "land"), RejectionCode.NotAllowedInState);
        Assert.Equal("workItemId", rejection.Field);
        Assert.True(h.IsOpen(node));
    }

    [Fact]
    public void RemoveSigner_TheOnlySignerOfASingleTask_IsRefused()
    {
        var (h, node) = Start("single");
        h.Refused(Remove(h, node, "land"), RejectionCode.NotAllowedInState);
    }

    [Fact]
    public void RemoveSigner_WhoAlreadySigned_IsRefused()
    {
        var (h, node) = Start("all");
        h.Must(Sign(h, node, "land"));
        h.Refused(Remove(h, node, "land"), RejectionCode.NotAllowedInState);
    }

    [Fact]
    public void RemoveSigner_UnknownWorkItem_IsRefused()
    {
        var (h, node) = Start("all");
        var command = Remove(h, node, "land") with { WorkItemId = "nope" };
        Assert.Equal("workItemId", h.Refused(command, RejectionCode.NotAllowedInState).Field);
    }

    [Fact]
    public void RemoveSigner_ByOfficerNotOnTheTask_IsNotTheirs()
    {
        var (h, node) = Start("all");
        h.Refused(Remove(h, node, "fire", MatterHarness.Officer("agri")), RejectionCode.NotYourTask);
    }
}
