using OneMatter.Engine.Commands;
using OneMatter.Engine.Definitions;
using OneMatter.Engine.Events;
using OneMatter.Engine.Instances;
using OneMatter.Engine.Interpreter;
using OneMatter.Engine.Tests.Interpreter;

namespace OneMatter.Engine.Tests.Patterns;

/// <summary>Cancellation and termination: cancel task, cancel case, explicit termination.</summary>
public partial class ControlFlowPatternTests
{
    // WCP-19 Cancel Task: "An enabled task is withdrawn prior to it commencing execution."
    [Fact]
    public void WCP19_CancelTask_WithdrawsOneTaskAndTheJoinStopsWaitingForIt()
    {
        var h = PatternMatter.JointReview();
        h.Complete("accept", "accept");
        var fire = h.Task("fire");

        h.Must(new CancelTask { Actor = PatternMatter.Supervisor, TaskId = fire.Id, Reason = "不涉及消防" });

        Assert.Equal(fire.Id, Assert.Single(h.EventsOf<TaskCancelled>()).Task);
        Assert.Contains(h.Last!.Events.OfType<TokenConsumed>(), c => c.Token == fire.Token && c.Abandoned);
        Assert.DoesNotContain(h.State!.Deadlines, d => d.Task == fire.Id);
        Assert.Equal(1, Assert.Single(h.State.Joins).Cancelled);
        Assert.Equal(MatterStatus.Running, h.State.Status);

        h.Complete("land", "pass");
        h.Complete("housing", "pass");
        Assert.Single(h.EventsOf<JoinFired>());
        Assert.Equal(["approve"], h.State.Tasks.Select(t => t.Node));
    }

    [Fact]
    public void WCP19_CancelTask_TheLastOutstandingBranch_ReleasesTheJoinAtOnce()
    {
        var h = PatternMatter.JointReview();
        h.Complete("accept", "accept");
        h.Complete("land", "pass");
        h.Complete("housing", "pass");

        h.Must(new CancelTask { Actor = MatterHarness.Officer("agri"), TaskId = h.Task("fire").Id, Reason = "不涉及消防" });

        Assert.Single(h.EventsOf<JoinFired>());
        Assert.Equal(["approve"], h.State!.Tasks.Select(t => t.Node));
        Assert.Empty(h.State.Joins);
    }

    [Fact]
    public void WCP19_CancelTask_ByAnOfficerOutsideTheLead_IsRefused()
    {
        var h = PatternMatter.JointReview();
        h.Complete("accept", "accept");

        h.Refused(new CancelTask { Actor = MatterHarness.Officer("land"), TaskId = h.Task("fire").Id, Reason = "x" }, RejectionCode.NotYourTask);
    }

    // WCP-20 Cancel Case: "A complete process instance is removed. This includes currently
    // executing tasks, those which may execute at some future time and all sub-processes."
    [Fact]
    public void WCP20_CancelCase_RemovesEverythingOpenAndEndsTheMatter()
    {
        var h = PatternMatter.JointReview();
        h.Complete("accept", "accept");
        var open = h.State!.Tasks.Select(t => t.Id).ToList();
        Assert.NotEmpty(h.State.Timers);

        h.Must(new CancelMatter { Actor = PatternMatter.Supervisor, Reason = "申请人失联" });

        Assert.Equal(open, h.EventsOf<TaskCancelled>().Select(c => c.Task));
        var ended = Assert.Single(h.EventsOf<MatterEnded>());
        Assert.Equal("申请人失联", ended.Reason);
        Assert.Equal(MatterStatus.Ended, h.State.Status);
        Assert.Equal(EndResult.Closed, h.State.Result);
        Assert.Empty(h.State.Tasks);
        Assert.Empty(h.State.Tokens);
        Assert.Empty(h.State.Timers);
        Assert.Empty(h.State.Deadlines);
        Assert.Empty(h.State.Joins);
        h.Refused(new CompleteTask { Actor = MatterHarness.Officer("land"), TaskId = open[0], Outcome = "pass" }, RejectionCode.NotAllowedInState);
        h.Refused(new CancelMatter { Actor = PatternMatter.Supervisor, Reason = "again" }, RejectionCode.NotAllowedInState);
    }

    // WCP-43 Explicit Termination: "A given process (or sub-process) instance should terminate
    // when it reaches a nominated state. ... any remaining work items are cancelled and the
    // overall process instance is recorded as having completed successfully."
    [Fact]
    public void WCP43_ExplicitTermination_ATerminatingEndOnOneBranchCancelsTheOthers()
    {
        var h = PatternMatter.JointReview();
        h.Complete("accept", "accept");
        var others = h.State!.Tasks.Where(t => t.Node != "land").Select(t => t.Id).ToList();

        h.Complete("land", "veto");

        Assert.Equal(others, h.EventsOf<TaskCancelled>().Select(c => c.Task));
        var ended = Assert.Single(h.EventsOf<MatterEnded>());
        Assert.Equal("vetoed", ended.Node);
        Assert.Equal(EndResult.Rejected, h.State.Result);
        Assert.Empty(h.State.Tasks);
        Assert.Empty(h.State.Tokens);
        Assert.Empty(h.State.Timers);
        Assert.Empty(h.State.Joins);
        Assert.Empty(h.EventsOf<JoinFired>());
        Assert.Equal(0, h.Created("approve"));
    }
}
