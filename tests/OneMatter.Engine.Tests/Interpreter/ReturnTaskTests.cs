using OneMatter.Engine.Commands;
using OneMatter.Engine.Definitions;
using OneMatter.Engine.Events;
using OneMatter.Engine.Interpreter;

namespace OneMatter.Engine.Tests.Interpreter;

/// <summary>退回: sending the matter back to a node it has passed.</summary>
public class ReturnTaskTests
{
    private const string Yaml = """
        id: test
        name: 退回测试
        name-en: Return test
        family: approval
        lead: agri
        start: accept
        nodes:
          accept:
            type: task
            name: 受理
            assignee: east-window
            deadline: 2 working days
            outcomes: { accept: check }
          check:
            type: task
            name: 初审
            assignee: agri
            outcomes: { pass: review }
          review: { type: parallel, name: 联审, branches: [land-a, housing], join: joined }
          land-a:
            type: task
            name: 用地初审
            assignee: land
            outcomes: { pass: land-b }
          land-b:
            type: task
            name: 用地复审
            assignee: land
            outcomes: { pass: joined }
          housing:
            type: task
            name: 建设审查
            assignee: housing
            outcomes: { pass: joined }
          joined: { type: join, name: 汇总, next: approve }
          approve:
            type: task
            name: 审批
            assignee: east-gov
            outcomes: { approve: done }
          done: { type: end, name: 准予, result: approved }
        """;

    private static MatterHarness InReview()
    {
        var h = MatterHarness.For(Yaml);
        h.Start();
        h.Complete("accept", "accept");
        h.Complete("check", "pass");
        return h;
    }

    private static ReturnTask Return(MatterHarness h, string from, string to, Actor? actor = null) =>
        new()
        {
            Actor = actor ?? MatterHarness.Officer(h.Task(from).Items.Single().Unit!),
            TaskId = h.Task(from).Id,
            ToNode = to,
            Reason = "材料不全",
        };

    [Fact]
    public void Return_ToEarlierNodeAtTopLevel_ClosesTheTaskAndReopensTheEarlierOne()
    {
        var h = MatterHarness.For(Yaml);
        h.Start();
        h.Complete("accept", "accept");
        var check = h.Task("check").Id;

        h.Must(Return(h, "check", "accept"));

        var returned = Assert.Single(h.EventsOf<TaskReturned>());
        Assert.Equal(("accept", false, "材料不全"), (returned.ToNode, returned.LeavesParallel, returned.Reason));
        Assert.Contains(h.Last!.Events.OfType<TaskCancelled>(), c => c.Task == check);
        Assert.False(h.IsOpen("check"));
        Assert.Equal("east-window", h.Task("accept").Items.Single().Unit);
        Assert.Single(h.State!.Tokens);
        // The new acceptance has its own deadline again.
        Assert.Equal(h.Task("accept").Deadline, h.State.Deadlines.Single(d => d.Task is not null).Id);
    }

    [Fact]
    public void Return_ToEarlierNodeOnTheSameBranch_LeavesTheOtherBranchAlone()
    {
        var h = InReview();
        h.Complete("land-a", "pass");
        var housing = h.Task("housing").Id;

        h.Must(Return(h, "land-b", "land-a"));

        Assert.False(Assert.Single(h.EventsOf<TaskReturned>()).LeavesParallel);
        Assert.True(h.IsOpen("land-a"));
        Assert.False(h.IsOpen("land-b"));
        Assert.Equal(housing, h.Task("housing").Id);
        Assert.Single(h.State!.Joins);

        h.Complete("land-a", "pass");
        h.Complete("land-b", "pass");
        Assert.False(h.IsOpen("approve"));
        h.Complete("housing", "pass");
        Assert.Single(h.EventsOf<JoinFired>());
        Assert.True(h.IsOpen("approve"));
    }

    [Fact]
    public void Return_OutOfTheParallelSectionToBeforeTheSplit_WithdrawsEveryBranch()
    {
        var h = InReview();
        h.Complete("land-a", "pass");
        var landB = h.Task("land-b").Id;
        var housing = h.Task("housing").Id;

        h.Must(Return(h, "housing", "check"));

        Assert.True(Assert.Single(h.EventsOf<TaskReturned>()).LeavesParallel);
        Assert.Equal(new[] { landB, housing }.Order(), h.Last!.Events.OfType<TaskCancelled>().Select(c => c.Task).Order());
        Assert.Equal("check", Assert.Single(h.State!.Tasks).Node);
        Assert.Equal("", Assert.Single(h.State.Tokens).Scope);
        Assert.Empty(h.State.Joins);

        // Redo: the section runs again from the start and joins exactly once.
        h.Complete("check", "pass");
        h.Complete("housing", "pass");
        h.Complete("land-a", "pass");
        Assert.False(h.IsOpen("approve"));
        h.Complete("land-b", "pass");
        Assert.Single(h.EventsOf<JoinFired>());
        h.Complete("approve", "approve");
        Assert.Equal(EndResult.Approved, h.State.Result);
    }

    [Fact]
    public void Return_ToNodeNotPassed_IsUnknownNode()
    {
        var h = InReview();
        var rejection = h.Refused(Return(h, "land-a", "land-b"), RejectionCode.UnknownNode);
        Assert.Equal("toNode", rejection.Field);
    }

    [Theory]
    [InlineData("review")]   // a parallel node, not a task
    [InlineData("nowhere")]  // not in the definition
    public void Return_ToSomethingThatIsNotATaskNode_IsUnknownNode(string target)
    {
        var h = InReview();
        Assert.Equal("toNode", h.Refused(Return(h, "land-a", target), RejectionCode.UnknownNode).Field);
    }

    [Fact]
    public void Return_ToNodeOnAnotherBranch_IsRefused()
    {
        var h = InReview();
        h.Complete("housing", "pass");

        var rejection = h.Refused(Return(h, "land-a", "housing"), RejectionCode.NotAllowedInState);
        Assert.Equal("toNode", rejection.Field);
        Assert.True(h.IsOpen("land-a"));
    }

    [Fact]
    public void Return_AfterTheJoinIntoTheClosedParallelSection_IsRefused()
    {
        var h = InReview();
        h.Complete("land-a", "pass");
        h.Complete("land-b", "pass");
        h.Complete("housing", "pass");

        h.Refused(Return(h, "approve", "land-b"), RejectionCode.NotAllowedInState);
    }

    [Fact]
    public void Return_ByOfficerNotHoldingTheTask_IsNotTheirs()
    {
        var h = InReview();
        h.Refused(Return(h, "land-a", "check", MatterHarness.Officer("housing")), RejectionCode.NotYourTask);
    }

    [Fact]
    public void Return_BySupervisor_IsAllowed()
    {
        var h = InReview();
        h.Must(Return(h, "land-a", "accept", Actor.Supervisor("chen", "command")));
        Assert.Equal("accept", Assert.Single(h.State!.Tasks).Node);
    }

    [Fact]
    public void Return_UnknownTask_IsUnknownTask()
    {
        var h = InReview();
        h.Refused(Return(h, "land-a", "check") with { TaskId = "land-a.999" }, RejectionCode.UnknownTask);
    }

    private const string Nested = """
        id: test
        name: 嵌套退回
        name-en: Nested return
        family: approval
        lead: agri
        start: split
        nodes:
          split: { type: parallel, name: 分头办理, branches: [a1, b1], join: outer-join }
          a1: { type: task, name: A一, assignee: land, outcomes: { pass: inner } }
          inner: { type: parallel, name: A内并行, branches: [x, y], join: inner-join }
          x: { type: task, name: X, assignee: fire, outcomes: { pass: inner-join } }
          y: { type: task, name: Y, assignee: housing, outcomes: { pass: inner-join } }
          inner-join: { type: join, name: A内汇总, next: a2 }
          a2: { type: task, name: A二, assignee: land, outcomes: { pass: outer-join } }
          b1: { type: task, name: B一, assignee: agri, outcomes: { pass: b2 } }
          b2: { type: task, name: B二, assignee: agri, outcomes: { pass: outer-join } }
          outer-join: { type: join, name: 汇总, next: done }
          done: { type: end, name: 办结, result: approved }
        """;

    private static MatterHarness InNestedSplit()
    {
        var h = MatterHarness.For(Nested);
        h.Start();
        h.Complete("a1", "pass");
        h.Complete("b1", "pass");
        return h;
    }

    [Fact]
    public void Return_FromANestedSplitToAnotherOuterBranch_IsRefused()
    {
        var h = InNestedSplit();
        var rejection = h.Refused(Return(h, "x", "b1"), RejectionCode.NotAllowedInState);
        Assert.Equal("toNode", rejection.Field);
        Assert.True(h.IsOpen("b2"));
    }

    [Fact]
    public void Return_FromANestedSplitToEarlierNodeOfItsOwnBranch_WithdrawsOnlyTheNestedBranches()
    {
        var h = InNestedSplit();
        var b2 = h.Task("b2").Id;

        h.Must(Return(h, "x", "a1"));

        Assert.True(Assert.Single(h.EventsOf<TaskReturned>()).LeavesParallel);
        Assert.Equal(["a1", "b2"], h.State!.Tasks.Select(t => t.Node).Order());
        Assert.Equal(b2, h.Task("b2").Id);
        Assert.Single(h.State.Joins);

        h.Complete("a1", "pass");
        h.Complete("x", "pass");
        h.Complete("y", "pass");
        h.Complete("a2", "pass");
        Assert.False(h.IsOpen("done"));
        h.Complete("b2", "pass");
        Assert.Equal(EndResult.Approved, h.State.Result);
        Assert.Equal(2, h.EventsOf<JoinFired>().Count());
    }
}
