using OneMatter.Engine.Commands;
using OneMatter.Engine.Definitions;
using OneMatter.Engine.Events;
using OneMatter.Engine.Instances;

namespace OneMatter.Engine.Tests.Patterns;

/// <summary>Regressions found by the invariant properties, named after the bug.</summary>
public class JoinBookkeepingBugTests
{
    [Fact]
    public void Bug_LateArrivalAtAFiredJoin_AfterItsContinuationWasCancelled_LeftTheMatterRunningWithNothingToDo()
    {
        var h = PatternMatter.JointReview("mode: any");
        h.Complete("accept", "accept");
        h.Complete("land", "pass");
        h.Must(new CancelTask { Actor = PatternMatter.Supervisor, TaskId = h.Task("approve").Id, Reason = "不再审批" });
        h.Complete("housing", "pass");
        Assert.Equal(MatterStatus.Running, h.State!.Status);

        h.Complete("fire", "pass");

        Assert.Empty(h.State.Tokens);
        Assert.Equal(MatterStatus.Ended, h.State.Status);
        Assert.Equal(EndResult.Closed, h.State.Result);
    }

    private const string Nested = """
        review: { type: parallel, name: 联审, branches: [land, consult], join: joined }
        land: { type: task, name: 用地审查, assignee: land, outcomes: { pass: joined } }
        consult: { type: parallel, name: 会商, branches: [east, west], join: agreed }
        east: { type: task, name: 东镇会商, assignee: east-gov, outcomes: { ok: agreed } }
        west: { type: task, name: 西乡会商, assignee: west-gov, outcomes: { ok: agreed } }
        agreed: { type: join, name: 会商一致, mode: __inner__, next: joined }
        joined: { type: join, name: 汇总, mode: any, cancel-remaining: true, next: approve }
        approve: { type: task, name: 审批, assignee: agri, outcomes: { approve: fin } }
        fin: { type: end, name: 办结, result: approved }
        """;

    [Fact]
    public void Bug_CancelRemaining_LeftTheFiredSplitAndTheSplitsInsideItOpenForever()
    {
        var h = PatternMatter.Start("review", Nested.Replace("__inner__", "all", StringComparison.Ordinal));
        Assert.Equal(2, h.State!.Joins.Length);

        h.Complete("land", "pass");

        Assert.Equal(["approve"], h.State.Tasks.Select(t => t.Node));
        Assert.Empty(h.State.Joins);
        Assert.Single(h.EventsOf<JoinFired>());
        h.Complete("approve", "approve");
        Assert.Equal(EndResult.Approved, h.State.Result);
    }

    [Fact]
    public void Bug_CancelRemaining_LeftAFiredInnerDiscriminatorWaitingForItsWithdrawnStraggler()
    {
        var h = PatternMatter.Start("review", Nested.Replace("__inner__", "any", StringComparison.Ordinal));

        h.Complete("east", "ok");

        Assert.Equal(2, h.EventsOf<JoinFired>().Count());
        Assert.Equal(["approve"], h.State!.Tasks.Select(t => t.Node));
        Assert.Empty(h.State.Joins);
        Assert.Single(h.State.Tokens);
    }
}
