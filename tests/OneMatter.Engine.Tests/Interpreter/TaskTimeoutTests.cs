using OneMatter.Engine.Commands;
using OneMatter.Engine.Effects;
using OneMatter.Engine.Events;
using OneMatter.Engine.Instances;
using OneMatter.Engine.Interpreter;

namespace OneMatter.Engine.Tests.Interpreter;

/// <summary>A task's <c>timeout</c> (deferred choice): whichever comes first, the officer's
/// outcome or the timer, decides the way on.</summary>
public class TaskTimeoutTests
{
    private const string Yaml = """
        id: test
        name: 超时测试
        name-en: Timeout test
        family: enforcement
        lead: agri
        start: handle
        nodes:
          handle:
            type: task
            name: 处置
            assignee: land
            timeout: { after: 2 working days, next: take-over }
            outcomes: { done: finished }
          take-over:
            type: task
            name: 指挥中心接管
            assignee: command
            outcomes: { done: finished }
          finished: { type: end, name: 办结, result: closed }
        """;

    private static (MatterHarness H, TimerState Timeout) Started()
    {
        var h = MatterHarness.For(Yaml);
        h.Start();
        var timeout = Assert.Single(h.State!.Timers);
        Assert.Equal((TimerKind.Timeout, h.Task("handle").Id), (timeout.Kind, timeout.Task));
        return (h, timeout);
    }

    [Fact]
    public void Timeout_OfficerLate_TheTimeoutWins()
    {
        var (h, timeout) = Started();
        var handle = h.Task("handle").Id;
        // Mon 09:00 + 2 working days: Wed 2026-03-04 17:30.
        Assert.Equal(new DateTimeOffset(2026, 3, 4, 17, 30, 0, TimeSpan.FromHours(8)), timeout.Due);

        h.Advance(TimeSpan.FromDays(3));

        var cancelled = Assert.Single(h.EventsOf<TaskCancelled>());
        Assert.Equal(handle, cancelled.Task);
        Assert.True(h.IsOpen("take-over"));
        Assert.False(h.IsOpen("handle"));
        h.Refused(new CompleteTask { Actor = MatterHarness.Officer("land"), TaskId = handle, Outcome = "done" }, RejectionCode.UnknownTask);
    }

    [Fact]
    public void Timeout_OfficerInTime_TheOfficerWinsAndTheTimerIsCancelled()
    {
        var (h, timeout) = Started();
        h.Advance(TimeSpan.FromDays(1));
        h.Complete("handle", "done");

        Assert.Contains(h.Last!.Effects.OfType<CancelTimer>(), c => c.TimerId == timeout.Id);
        Assert.Empty(h.State!.Timers);
        Assert.Equal("handle", h.EventsOf<TaskCompleted>().Single().Node);
        Assert.False(h.EventsOf<TaskCompleted>().Single().Skipped);

        h.Clock.SetUtcNow(timeout.Due.AddHours(1));
        Assert.Equal(CommandStatus.Ignored, h.Send(new FireTimer { Actor = Actor.System, TimerId = timeout.Id }).Status);
        Assert.Empty(h.EventsOf<TaskCancelled>());
    }
}
