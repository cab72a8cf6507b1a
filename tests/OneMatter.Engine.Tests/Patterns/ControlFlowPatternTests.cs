using OneMatter.Engine.Definitions;
using OneMatter.Engine.Events;
using OneMatter.Engine.Instances;

namespace OneMatter.Engine.Tests.Patterns;

/// <summary>
/// The workflow control-flow patterns (Russell, ter Hofstede, van der Aalst and Mulyar, 2006)
/// as the engine realises them, one test per pattern; the other parts of this class hold the
/// branching, structural and cancellation patterns.
/// </summary>
public partial class ControlFlowPatternTests
{
    // WCP-1 Sequence: "A task in a process is enabled after the completion of a preceding task
    // in the same process."
    [Fact]
    public void WCP01_Sequence_EnablesEachTaskOnlyAfterThePrecedingOneCompletes()
    {
        var h = PatternMatter.Start("a", """
            a: { type: task, name: 甲, assignee: land, outcomes: { done: b } }
            b: { type: task, name: 乙, assignee: housing, outcomes: { done: c } }
            c: { type: task, name: 丙, assignee: agri, outcomes: { done: fin } }
            fin: { type: end, name: 办结, result: approved }
            """);

        Assert.Equal(["a"], h.State!.Tasks.Select(t => t.Node));
        h.Complete("a", "done");
        Assert.Equal(["b"], h.State.Tasks.Select(t => t.Node));
        h.Complete("b", "done");
        Assert.Equal(["c"], h.State.Tasks.Select(t => t.Node));
        h.Complete("c", "done");

        Assert.Equal(MatterStatus.Ended, h.State.Status);
        Assert.Equal(EndResult.Approved, h.State.Result);
        Assert.Equal(["a", "b", "c"], h.EventsOf<TaskCreated>().Select(t => t.Node));
        Assert.True(h.IndexOf<TaskCompleted>(t => t.Node == "a") < h.IndexOf<TaskCreated>(t => t.Node == "b"));
        Assert.True(h.IndexOf<TaskCompleted>(t => t.Node == "b") < h.IndexOf<TaskCreated>(t => t.Node == "c"));
    }

    // WCP-2 Parallel Split: "The divergence of a branch into two or more parallel branches each
    // of which execute concurrently."
    [Fact]
    public void WCP02_ParallelSplit_EnablesEveryBranchAtOnce()
    {
        var h = PatternMatter.JointReview();
        h.Complete("accept", "accept");

        var created = h.Last!.Events.OfType<TaskCreated>().Select(t => t.Node).ToList();
        Assert.Equal(["land", "housing", "fire"], created);
        var split = Assert.Single(h.EventsOf<SplitOpened>());
        Assert.Equal(3, split.Branches);
        Assert.Equal("joined", split.JoinNode);
        var tokens = h.State!.Tasks.Select(t => t.Token).ToList();
        Assert.Equal(3, tokens.Distinct().Count());
        Assert.All(h.State.Tokens, t => Assert.Equal(split.Split, t.Scope));
    }

    // WCP-3 Synchronization: "The convergence of two or more branches into a single subsequent
    // branch such that the thread of control is passed to the subsequent branch when all input
    // branches have been enabled."
    [Fact]
    public void WCP03_Synchronization_PassesOnOnlyWhenEveryBranchHasArrived()
    {
        var h = PatternMatter.JointReview();
        h.Complete("accept", "accept");

        h.Complete("land", "pass");
        h.Complete("housing", "pass");
        Assert.False(h.IsOpen("approve"));
        Assert.Empty(h.EventsOf<JoinFired>());
        Assert.Equal(2, Assert.Single(h.State!.Joins).Arrived);

        h.Complete("fire", "pass");
        Assert.Single(h.EventsOf<JoinFired>());
        Assert.Equal(3, h.EventsOf<JoinArrived>().Count());
        Assert.True(h.IsOpen("approve"));
        Assert.Empty(h.State.Joins);
        Assert.Equal("", Assert.Single(h.State.Tokens).Scope);
    }

    // WCP-4 Exclusive Choice: "The divergence of a branch into two or more branches such that
    // when the incoming branch is enabled, the thread of control is immediately passed to
    // precisely one of the outgoing branches based on a mechanism that can select one of them."
    [Theory]
    [InlineData(250, "large", 0)]
    [InlineData(150, "medium", 1)]
    [InlineData(50, "small", -1)]
    public void WCP04_ExclusiveChoice_TakesExactlyOneWay(int area, string expected, int condition)
    {
        var h = PatternMatter.Start("route", """
            route:
              type: decision
              name: 分流
              conditions:
                - { when: "form.area > 200", next: large }
                - { when: "form.area > 100", next: medium }
              default: small
            large: { type: task, name: 大, assignee: land, outcomes: { done: fin } }
            medium: { type: task, name: 中, assignee: housing, outcomes: { done: fin } }
            small: { type: task, name: 小, assignee: agri, outcomes: { done: fin } }
            fin: { type: end, name: 办结, result: approved }
            """, area);

        Assert.Equal([expected], h.State!.Tasks.Select(t => t.Node));
        var decision = Assert.Single(h.EventsOf<DecisionTaken>());
        Assert.Equal(condition, decision.Condition);
        Assert.Equal(expected, decision.Next);
        Assert.Single(h.State.Tokens);
    }

    // WCP-5 Simple Merge: "The convergence of two or more branches into a single subsequent
    // branch such that each enablement of an incoming branch results in the thread of control
    // being passed to the subsequent branch."
    [Theory]
    [InlineData(250, "site")]
    [InlineData(50, "desk")]
    public void WCP05_SimpleMerge_EitherWayLeadsToTheSameTaskOnce(int area, string way)
    {
        var h = PatternMatter.Start("route", """
            route: { type: decision, name: 分流, conditions: [ { when: "form.area > 200", next: site } ], default: desk }
            site: { type: task, name: 现场核查, assignee: land, outcomes: { done: approve } }
            desk: { type: task, name: 书面审查, assignee: housing, outcomes: { done: approve } }
            approve: { type: task, name: 审批, assignee: agri, outcomes: { approve: fin } }
            fin: { type: end, name: 办结, result: approved }
            """, area);

        h.Complete(way, "done");

        var approve = Assert.Single(h.Open("approve"));
        Assert.Equal(1, h.Created("approve"));
        Assert.Equal(0, h.Created(way == "site" ? "desk" : "site"));
        Assert.Equal(approve.Token, Assert.Single(h.State!.Tokens).Id);
        h.Complete("approve", "approve");
        Assert.Equal(EndResult.Approved, h.State.Result);
    }
}
