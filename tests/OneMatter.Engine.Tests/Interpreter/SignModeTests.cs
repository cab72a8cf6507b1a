using OneMatter.Engine.Definitions;
using OneMatter.Engine.Effects;
using OneMatter.Engine.Events;
using OneMatter.Engine.Instances;
using OneMatter.Engine.Interpreter;
using static OneMatter.Engine.Tests.Interpreter.SignerYaml;

namespace OneMatter.Engine.Tests.Interpreter;

/// <summary>会签, 或签 and 依次审批: how several signers decide one task.</summary>
public class SignModeTests
{
    [Fact]
    public void AllSign_EverySignerMustAgree()
    {
        var (h, node) = Start("all");
        Assert.Equal(SignMode.All, h.Task(node).Sign);
        Assert.All(h.Task(node).Items, i => Assert.Equal(WorkItemStatus.Offered, i.Status));

        h.Must(Sign(h, node, "land"));
        h.Must(Sign(h, node, "fire"));
        Assert.True(h.IsOpen(node));
        Assert.Equal(2, h.Task(node).Items.Count(i => i.Status == WorkItemStatus.Done));
        Assert.Empty(h.EventsOf<TaskCompleted>());

        h.Must(Sign(h, node, "housing"));
        var completed = Assert.Single(h.EventsOf<TaskCompleted>());
        Assert.Equal(("agree", "housing"), (completed.Outcome, completed.Unit));
        Assert.Equal(["land", "fire"], h.EventsOf<WorkItemCompleted>().Select(w => w.Unit));
        Assert.Equal(EndResult.Approved, h.State!.Result);
    }

    [Fact]
    public void AllSign_OneVeto_DecidesAtOnce()
    {
        var (h, node) = Start("all");
        h.Must(Sign(h, node, "land"));
        h.Must(Sign(h, node, "housing", "veto"));

        var completed = Assert.Single(h.EventsOf<TaskCompleted>());
        Assert.Equal(("veto", "housing"), (completed.Outcome, completed.Unit));
        Assert.Equal(EndResult.Rejected, h.State!.Result);
        Assert.Empty(h.State.Tasks);
    }

    [Fact]
    public void AllSign_SameSignerTwice_IsAConflict()
    {
        var (h, node) = Start("all");
        h.Must(Sign(h, node, "land"));
        h.Refused(Sign(h, node, "land"), RejectionCode.Conflict);
    }

    [Fact]
    public void AllSign_OfficerNotAmongTheSigners_IsNotTheirs()
    {
        var (h, node) = Start("all");
        h.Refused(Sign(h, node, "agri"), RejectionCode.NotYourTask);
    }

    [Fact]
    public void AnySign_FirstSignerDecides()
    {
        var (h, node) = Start("any");
        var id = h.Task(node).Id;
        h.Must(Sign(h, node, "housing"));

        Assert.Equal("housing", Assert.Single(h.EventsOf<TaskCompleted>()).Unit);
        Assert.Equal(EndResult.Approved, h.State!.Result);
        h.Refused(new Commands.CompleteTask { Actor = MatterHarness.Officer("land"), TaskId = id, Outcome = "veto" }, RejectionCode.Conflict);
    }

    [Fact]
    public void AnySign_FirstSignerVetoes_DecidesAtOnce()
    {
        var (h, node) = Start("any");
        h.Must(Sign(h, node, "land", "veto"));
        Assert.Equal(EndResult.Rejected, h.State!.Result);
    }

    [Fact]
    public void Sequential_OnlyTheFirstSignerIsOfferedAtFirst()
    {
        var (h, node) = Start("sequential");
        Assert.Equal(
            [WorkItemStatus.Offered, WorkItemStatus.Waiting, WorkItemStatus.Waiting],
            h.Task(node).Items.Select(i => i.Status).ToArray());
        Assert.Equal(["land"], h.Effects.OfType<Notify>().Where(n => n.Kind == NotificationKind.Handoff).Select(n => n.To));
    }

    [Fact]
    public void Sequential_LaterSignerBeforeTheirTurn_IsRefused()
    {
        var (h, node) = Start("sequential");
        var rejection = h.Refused(Sign(h, node, "housing"), RejectionCode.NotAllowedInState);
        Assert.Contains("依次", rejection.Message, StringComparison.Ordinal);
        h.Refused(Sign(h, node, "fire"), RejectionCode.NotAllowedInState);
    }

    [Fact]
    public void Sequential_SignersSignInOrderAndEachIsToldWhenItIsTheirTurn()
    {
        var (h, node) = Start("sequential");
        h.Must(Sign(h, node, "land"));
        Assert.Equal(WorkItemStatus.Offered, h.Task(node).Items[1].Status);
        Assert.Equal(WorkItemStatus.Waiting, h.Task(node).Items[2].Status);
        var turn = Assert.Single(h.Last!.Effects.OfType<Notify>());
        Assert.Equal(("housing", NotificationKind.Handoff), (turn.To, turn.Kind));
        h.Refused(Sign(h, node, "fire"), RejectionCode.NotAllowedInState);

        h.Must(Sign(h, node, "housing"));
        Assert.Equal("fire", Assert.Single(h.Last!.Effects.OfType<Notify>()).To);
        h.Must(Sign(h, node, "fire"));

        Assert.Equal(["land", "housing"], h.EventsOf<WorkItemCompleted>().Select(w => w.Unit));
        Assert.Equal("fire", Assert.Single(h.EventsOf<TaskCompleted>()).Unit);
        Assert.Equal(EndResult.Approved, h.State!.Result);
    }

    [Fact]
    public void Sequential_VetoEndsItWithoutAskingTheRest()
    {
        var (h, node) = Start("sequential");
        h.Must(Sign(h, node, "land"));
        h.Must(Sign(h, node, "housing", "veto"));

        Assert.Equal("veto", Assert.Single(h.EventsOf<TaskCompleted>()).Outcome);
        Assert.Equal(EndResult.Rejected, h.State!.Result);
        Assert.DoesNotContain(h.Effects.OfType<Notify>(), n => n.To == "fire");
    }
}
