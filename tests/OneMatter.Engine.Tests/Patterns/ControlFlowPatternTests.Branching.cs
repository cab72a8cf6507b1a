using OneMatter.Engine.Commands;
using OneMatter.Engine.Events;
using OneMatter.Engine.Instances;
using OneMatter.Engine.Interpreter;
using OneMatter.Engine.Tests.Interpreter;

namespace OneMatter.Engine.Tests.Patterns;

/// <summary>Advanced branching and synchronisation: multi-choice, synchronising merge,
/// multi-merge, discriminators and partial joins.</summary>
public partial class ControlFlowPatternTests
{
    private const string MultiChoice = """
        review:
          type: parallel
          name: 联审
          branches: [{ node: land, when: "form.area > 50" }, { node: housing, when: "form.area > 100" }, { node: fire, when: "form.area > 200" }]
          join: joined
        land: { type: task, name: 用地审查, assignee: land, outcomes: { pass: joined } }
        housing: { type: task, name: 建设审查, assignee: housing, outcomes: { pass: joined } }
        fire: { type: task, name: 消防审查, assignee: fire, outcomes: { pass: joined } }
        joined: { type: join, name: 汇总, next: approve }
        approve: { type: task, name: 审批, assignee: agri, outcomes: { approve: fin } }
        fin: { type: end, name: 办结, result: approved }
        """;

    // WCP-6 Multi-Choice: "The divergence of a branch into two or more branches such that when
    // the incoming branch is enabled, the thread of control is passed to one or more of the
    // outgoing branches based on a mechanism that selects one or more outgoing branches."
    [Fact]
    public void WCP06_MultiChoice_StartsOnlyTheBranchesWhoseConditionHolds()
    {
        var h = PatternMatter.Start("review", MultiChoice, area: 150);

        Assert.Equal(["land", "housing"], h.State!.Tasks.Select(t => t.Node));
        Assert.Equal(2, Assert.Single(h.EventsOf<SplitOpened>()).Branches);
        Assert.Equal(0, h.Created("fire"));
    }

    [Fact]
    public void WCP06_MultiChoice_NoConditionHolds_PassesStraightBeyondTheJoin()
    {
        var h = PatternMatter.Start("review", MultiChoice, area: 20);

        Assert.Equal(["approve"], h.State!.Tasks.Select(t => t.Node));
        Assert.Empty(h.EventsOf<SplitOpened>());
        Assert.Empty(h.EventsOf<JoinFired>());
        Assert.Empty(h.State.Joins);
    }

    // WCP-7 Structured Synchronizing Merge: "The convergence of two or more branches (which
    // diverged earlier in the process at a uniquely identifiable point) into a single subsequent
    // branch such that the thread of control is passed to the subsequent branch when each active
    // incoming branch has been enabled."
    [Fact]
    public void WCP07_StructuredSynchronizingMerge_WaitsOnlyForTheBranchesThatStarted()
    {
        var h = PatternMatter.Start("review", MultiChoice, area: 150);
        Assert.Equal(2, Assert.Single(h.State!.Joins).Expected);

        h.Complete("land", "pass");
        Assert.False(h.IsOpen("approve"));
        h.Complete("housing", "pass");

        Assert.Single(h.EventsOf<JoinFired>());
        Assert.True(h.IsOpen("approve"));
        Assert.Empty(h.State.Joins);
        Assert.Equal(0, h.Created("fire"));
    }

    // WCP-8 Multi-Merge: "The convergence of two or more branches into a single subsequent
    // branch such that each enablement of an incoming branch results in the thread of control
    // being passed to the subsequent branch."
    [Fact]
    public void WCP08_MultiMerge_RunsTheSharedDownstreamTaskOncePerArrivingBranch()
    {
        var h = PatternMatter.Start("fan", """
            fan: { type: parallel, name: 分送, branches: [land, housing] }
            land: { type: task, name: 用地审查, assignee: land, outcomes: { done: record } }
            housing: { type: task, name: 建设审查, assignee: housing, outcomes: { done: record } }
            record: { type: task, name: 登记, assignee: agri, outcomes: { done: fin } }
            fin: { type: end, name: 分支结束, result: approved, terminate: false }
            """);
        Assert.Null(Assert.Single(h.EventsOf<SplitOpened>()).JoinNode);
        Assert.Empty(h.State!.Joins);

        h.Complete("land", "done");
        Assert.Single(h.Open("record"));
        h.Complete("housing", "done");

        var records = h.Open("record").ToList();
        Assert.Equal(2, records.Count);
        Assert.NotEqual(records[0].Token, records[1].Token);
        Assert.Empty(h.EventsOf<JoinArrived>());

        h.Must(new CompleteTask { Actor = MatterHarness.Officer("agri"), TaskId = records[0].Id, Outcome = "done" });
        Assert.Equal(MatterStatus.Running, h.State.Status);
        h.Must(new CompleteTask { Actor = MatterHarness.Officer("agri"), TaskId = records[1].Id, Outcome = "done" });
        Assert.Equal(MatterStatus.Ended, h.State.Status);
        Assert.Equal(2, h.Created("record"));
        Assert.Equal(2, h.EventsOf<TaskCompleted>().Count(t => t.Node == "record"));
        Assert.Single(h.EventsOf<MatterEnded>());
    }

    // WCP-9 Structured Discriminator: "The convergence of two or more branches into a single
    // subsequent branch following a corresponding divergence earlier in the process model, such
    // that the thread of control is passed to the subsequent branch when the first incoming
    // branch has been enabled. Subsequent enablements of incoming branches do not result in the
    // thread of control being passed on."
    [Fact]
    public void WCP09_StructuredDiscriminator_FiresOnFirstArrivalOnly()
    {
        var h = PatternMatter.JointReview("mode: any");
        h.Complete("accept", "accept");

        h.Complete("housing", "pass");
        Assert.Single(h.EventsOf<JoinFired>());
        Assert.True(h.IsOpen("approve"));
        Assert.True(h.IsOpen("land"));
        Assert.True(h.IsOpen("fire"));

        h.Complete("land", "pass");
        Assert.Single(h.Open("approve"));
        Assert.Single(h.EventsOf<JoinFired>());
        Assert.True(Assert.Single(h.State!.Joins).Fired);

        h.Complete("fire", "pass");
        Assert.Single(h.EventsOf<JoinFired>());
        Assert.Equal(3, h.EventsOf<JoinArrived>().Count());
        Assert.Equal(1, h.Created("approve"));
        Assert.Empty(h.State.Joins);
        Assert.Equal(["approve"], h.State.Tasks.Select(t => t.Node));
    }

    // WCP-29 Cancelling Discriminator: "... Triggering the discriminator also cancels the
    // execution of all of the other incoming branches."
    [Fact]
    public void WCP29_CancellingDiscriminator_WithdrawsTheOtherBranchesWhenItFires()
    {
        var h = PatternMatter.JointReview("mode: any, cancel-remaining: true");
        h.Complete("accept", "accept");
        var others = h.State!.Tasks.Where(t => t.Node != "land").Select(t => t.Id).ToList();

        h.Complete("land", "pass");

        Assert.Equal(["approve"], h.State.Tasks.Select(t => t.Node));
        Assert.Equal(others, h.Last!.Events.OfType<TaskCancelled>().Select(c => c.Task));
        Assert.Single(h.State.Tokens);
        Assert.Empty(h.State.Joins);
        Assert.Single(h.State.Deadlines);
        Assert.Single(h.EventsOf<JoinFired>());
    }

    // WCP-30 Structured Partial Join: "The convergence of M branches into a single subsequent
    // branch ... when N of the incoming branches have been enabled. ... Subsequent enablements
    // of incoming branches do not result in the thread of control being passed on."
    [Fact]
    public void WCP30_StructuredPartialJoin_FiresOnTheNthArrivalAndAbsorbsTheRest()
    {
        var h = PatternMatter.JointReview("mode: count, count: 2");
        h.Complete("accept", "accept");

        h.Complete("fire", "pass");
        Assert.Empty(h.EventsOf<JoinFired>());
        h.Complete("land", "pass");
        Assert.Single(h.EventsOf<JoinFired>());
        Assert.True(h.IsOpen("approve"));
        Assert.True(h.IsOpen("housing"));

        h.Complete("housing", "pass");
        Assert.Single(h.EventsOf<JoinFired>());
        Assert.Equal(1, h.Created("approve"));
        Assert.Empty(h.State!.Joins);
    }

    // WCP-32 Cancelling Partial Join: "... Triggering the join also cancels the execution of
    // all of the other incoming branches."
    [Fact]
    public void WCP32_CancellingPartialJoin_WithdrawsTheRemainingBranchWhenItFires()
    {
        var h = PatternMatter.JointReview("mode: count, count: 2, cancel-remaining: true");
        h.Complete("accept", "accept");
        var housing = h.Task("housing").Id;

        h.Complete("fire", "pass");
        h.Complete("land", "pass");

        Assert.Equal(["approve"], h.State!.Tasks.Select(t => t.Node));
        Assert.Equal(housing, Assert.Single(h.EventsOf<TaskCancelled>()).Task);
        Assert.Single(h.EventsOf<JoinFired>());
        Assert.Empty(h.State.Joins);
        Assert.All(h.State.Timers, t => Assert.Contains(h.State.Deadlines, d => d.Id == t.Deadline));
        h.Refused(new CompleteTask { Actor = MatterHarness.Officer("housing"), TaskId = housing, Outcome = "pass" }, RejectionCode.UnknownTask);
    }
}
