using OneMatter.Engine.Commands;
using OneMatter.Engine.Events;
using OneMatter.Engine.Instances;
using OneMatter.Engine.Interpreter;

namespace OneMatter.Engine.Tests.Interpreter;

/// <summary>Timer jobs coming back as commands: only a pending, due timer does anything.</summary>
public class FireTimerTests
{
    private const string Yaml = """
        id: test
        name: 公示
        name-en: Public notice
        family: approval
        lead: agri
        start: notice
        nodes:
          notice: { type: timer, name: 村级公示, duration: 5 working days, next: approve }
          approve:
            type: task
            name: 审批
            assignee: agri
            outcomes: { approve: done }
          done: { type: end, name: 准予, result: approved }
        """;

    private static (MatterHarness H, TimerState Timer) Waiting()
    {
        var h = MatterHarness.For(Yaml);
        h.Start();
        return (h, Assert.Single(h.State!.Timers));
    }

    private static FireTimer Fire(string id) => new() { Actor = Actor.System, TimerId = id };

    [Fact]
    public void FireTimer_PendingAndDue_ElapsesAndMovesOn()
    {
        var (h, timer) = Waiting();
        h.Clock.SetUtcNow(timer.Due);
        h.Must(Fire(timer.Id));

        Assert.Equal(timer.Id, Assert.Single(h.EventsOf<TimerElapsed>()).Timer);
        Assert.Empty(h.State!.Timers);
        Assert.True(h.IsOpen("approve"));
    }

    [Fact]
    public void FireTimer_UnknownId_IsIgnored()
    {
        var (h, _) = Waiting();
        var result = h.Send(Fire("tm999"));
        Assert.Equal(CommandStatus.Ignored, result.Status);
        Assert.Empty(result.Effects);
    }

    [Fact]
    public void FireTimer_BeforeItIsDue_IsIgnoredAndNothingChanges()
    {
        var (h, timer) = Waiting();
        var before = h.State;
        h.Clock.SetUtcNow(timer.Due.AddSeconds(-1));

        var result = h.Send(Fire(timer.Id));

        Assert.Equal(CommandStatus.Ignored, result.Status);
        Assert.Contains("未到期", result.Rejection!.Message, StringComparison.Ordinal);
        Assert.Same(before, h.State);
        Assert.Equal(timer, Assert.Single(h.State!.Timers));
        Assert.False(h.IsOpen("approve"));
    }

    [Fact]
    public void FireTimer_Repeated_IsIgnoredTheSecondTime()
    {
        var (h, timer) = Waiting();
        h.Clock.SetUtcNow(timer.Due.AddMinutes(5));
        h.Must(Fire(timer.Id));
        var after = h.State;

        Assert.Equal(CommandStatus.Ignored, h.Send(Fire(timer.Id)).Status);
        Assert.Same(after, h.State);
        Assert.Single(h.EventsOf<TimerElapsed>());
        Assert.Single(h.State!.Tasks);
    }

    [Fact]
    public void FireTimer_AfterTheMatterEnded_IsIgnored()
    {
        var (h, timer) = Waiting();
        h.Must(new CancelMatter { Actor = Actor.Supervisor("chen", "command"), Reason = "撤销" });
        h.Clock.SetUtcNow(timer.Due);
        Assert.Equal(CommandStatus.Ignored, h.Send(Fire(timer.Id)).Status);
    }
}
