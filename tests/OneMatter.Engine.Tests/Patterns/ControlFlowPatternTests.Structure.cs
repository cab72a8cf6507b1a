using OneMatter.Engine.Commands;
using OneMatter.Engine.Definitions;
using OneMatter.Engine.Events;
using OneMatter.Engine.Instances;
using OneMatter.Engine.Interpreter;
using OneMatter.Engine.Tests.Interpreter;

namespace OneMatter.Engine.Tests.Patterns;

/// <summary>Structural and state-based patterns: cycles, implicit termination, deferred choice.</summary>
public partial class ControlFlowPatternTests
{
    // WCP-10 Arbitrary Cycles: "The ability to represent cycles in a process model that have
    // more than one entry or exit point."
    [Fact]
    public void WCP10_ArbitraryCycles_RevisitsANodeThroughTwoEntriesAndLeavesByAnother()
    {
        // check is entered from draft and from sign; the cycle is left from sign only.
        var h = PatternMatter.Start("draft", """
            draft: { type: task, name: 拟办, assignee: agri, outcomes: { submit: check } }
            check: { type: task, name: 审核, assignee: land, outcomes: { ok: sign, redo: draft } }
            sign: { type: task, name: 签发, assignee: housing, outcomes: { sign: fin, recheck: check } }
            fin: { type: end, name: 办结, result: approved }
            """);

        h.Complete("draft", "submit");
        h.Complete("check", "redo");
        h.Complete("draft", "submit");
        h.Complete("check", "ok");
        h.Complete("sign", "recheck");
        h.Complete("check", "ok");
        h.Complete("sign", "sign");

        Assert.Equal(3, h.Created("check"));
        Assert.Equal(2, h.Created("draft"));
        Assert.Equal(2, h.Created("sign"));
        Assert.Equal(["redo", "ok", "ok"], h.EventsOf<TaskCompleted>().Where(t => t.Node == "check").Select(t => t.Outcome));
        Assert.Equal(3, h.EventsOf<TaskCreated>().Where(t => t.Node == "check").Select(t => t.Task).Distinct().Count());
        Assert.Equal("ok", h.State!.Records["check"].Outcome);
        Assert.Equal(EndResult.Approved, h.State.Result);
    }

    // WCP-11 Implicit Termination: "A given process (or sub-process) instance should terminate
    // when there are no remaining work items that are able to be done either now or at any time
    // in the future."
    [Fact]
    public void WCP11_ImplicitTermination_EndsWhenTheLastPathEnds()
    {
        var h = PatternMatter.Start("fan", """
            fan: { type: parallel, name: 分送, branches: [land, housing] }
            land: { type: task, name: 用地审查, assignee: land, outcomes: { done: land-done } }
            housing: { type: task, name: 建设审查, assignee: housing, outcomes: { done: housing-done } }
            land-done: { type: end, name: 用地办结, result: closed, terminate: false }
            housing-done: { type: end, name: 建设办结, result: approved, terminate: false }
            """);

        h.Complete("housing", "done");
        Assert.Equal(MatterStatus.Running, h.State!.Status);
        Assert.Single(h.State.Tokens);
        Assert.Empty(h.EventsOf<MatterEnded>());
        Assert.True(h.IsOpen("land"));

        h.Complete("land", "done");
        var ended = Assert.Single(h.EventsOf<MatterEnded>());
        Assert.Equal("land-done", ended.Node);
        Assert.Equal(EndResult.Closed, h.State.Result);
        Assert.Empty(h.State.Tokens);
        Assert.Empty(h.State.Timers);
        Assert.Empty(h.State.Deadlines);
    }

    private const string DeferredChoice = """
        offer: { type: task, name: 等待答复, assignee: land, timeout: { after: 3 working days, next: lapse }, outcomes: { reply: handle } }
        handle: { type: task, name: 办理答复, assignee: agri, outcomes: { done: fin } }
        lapse: { type: task, name: 逾期处理, assignee: agri, outcomes: { done: fin } }
        fin: { type: end, name: 办结, result: approved }
        """;

    // WCP-16 Deferred Choice: "A point in a process where one of several branches is chosen
    // based on interaction with the operating environment. ... once the environment has
    // activated one of the branches any other pending branches are withdrawn."
    [Fact]
    public void WCP16_DeferredChoice_TheReplyComesFirst_WithdrawsTheTimeout()
    {
        var h = PatternMatter.Start("offer", DeferredChoice);
        var timeout = Assert.Single(h.State!.Timers, t => t.Kind == TimerKind.Timeout);

        h.Advance(TimeSpan.FromDays(1));
        h.Complete("offer", "reply");

        Assert.Contains(h.Last!.Events.OfType<TimerCancelled>(), c => c.Timer == timeout.Id);
        Assert.True(h.IsOpen("handle"));
        var late = h.Send(new FireTimer { Actor = Actor.System, TimerId = timeout.Id });
        Assert.Equal(CommandStatus.Ignored, late.Status);
        h.Advance(TimeSpan.FromDays(10));
        Assert.Equal(0, h.Created("lapse"));
        Assert.DoesNotContain(h.EventsOf<TimerElapsed>(), e => e.Timer == timeout.Id);
    }

    [Fact]
    public void WCP16_DeferredChoice_TheTimeoutComesFirst_WithdrawsTheTask()
    {
        var h = PatternMatter.Start("offer", DeferredChoice);
        var offer = h.Task("offer");
        var timeout = Assert.Single(h.State!.Timers, t => t.Kind == TimerKind.Timeout);

        // Mon 09:00 + 3 working days = Thu 17:30.
        h.Advance(TimeSpan.FromDays(3) + TimeSpan.FromHours(8));
        Assert.True(h.IsOpen("offer"));
        h.Advance(TimeSpan.FromHours(1));

        Assert.Contains(h.EventsOf<TimerElapsed>(), e => e.Timer == timeout.Id);
        Assert.Equal(offer.Id, Assert.Single(h.EventsOf<TaskCancelled>()).Task);
        Assert.Equal(["lapse"], h.State.Tasks.Select(t => t.Node));
        h.Refused(new CompleteTask { Actor = MatterHarness.Officer("land"), TaskId = offer.Id, Outcome = "reply" }, RejectionCode.UnknownTask);
        Assert.Equal(0, h.Created("handle"));
    }
}
