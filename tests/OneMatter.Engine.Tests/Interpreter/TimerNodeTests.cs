using OneMatter.Engine.Commands;
using OneMatter.Engine.Effects;
using OneMatter.Engine.Events;
using OneMatter.Engine.Instances;
using OneMatter.Engine.Interpreter;

namespace OneMatter.Engine.Tests.Interpreter;

/// <summary>Timer nodes: waiting on the working-day calendar, or until a date.</summary>
public class TimerNodeTests
{
    private const string Yaml = """
        id: test
        name: 等待
        name-en: Waiting
        family: approval
        lead: agri
        form:
          - { id: hearing, label: 听证日期, type: date }
        start: notice
        nodes:
          notice: { type: timer, name: 村级公示, duration: 2 working days, next: approve }
          approve:
            type: task
            name: 审批
            assignee: agri
            outcomes: { approve: done }
          done: { type: end, name: 准予, result: approved }
        """;

    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    /// <summary>Thursday 2026-03-05 09:00 in Quzhou.</summary>
    private static readonly DateTimeOffset Thursday = new(2026, 3, 5, 9, 0, 0, China);

    [Fact]
    public void Timer_WithWorkingDays_FiresAfterThemAcrossTheWeekend()
    {
        var h = MatterHarness.For(Yaml, Thursday);
        h.Start();
        var timer = Assert.Single(h.State!.Timers);
        // Not counting Thursday: Friday (1), the weekend, Monday (2) at close of office.
        var monday = new DateTimeOffset(2026, 3, 9, 17, 30, 0, China);
        Assert.Equal((TimerKind.Node, monday), (timer.Kind, timer.Due));
        Assert.Contains(h.Effects.OfType<ScheduleTimer>(), s => s.TimerId == timer.Id && s.Due == monday);

        h.Advance(new DateTimeOffset(2026, 3, 8, 12, 0, 0, China) - h.Clock.GetUtcNow());
        Assert.False(h.IsOpen("approve"));
        Assert.Equal(CommandStatus.Ignored, h.Send(new FireTimer { Actor = Actor.System, TimerId = timer.Id }).Status);

        h.Advance(monday - h.Clock.GetUtcNow());
        Assert.True(h.IsOpen("approve"));
        Assert.Equal(monday, h.Task("approve").CreatedAt);
        Assert.True(h.State.Records.ContainsKey("notice"));
    }

    [Fact]
    public void Timer_UntilADate_FiresAtTheStartOfThatDayLocally()
    {
        var yaml = Yaml.Replace("duration: 2 working days", "until: \"form.hearing\"", StringComparison.Ordinal);
        var h = MatterHarness.For(yaml, Thursday);
        h.Start(new Dictionary<string, string?> { ["hearing"] = "2026-03-10" });

        var due = new DateTimeOffset(2026, 3, 10, 0, 0, 0, China);
        Assert.Equal(due, Assert.Single(h.State!.Timers).Due);
        h.Advance(due - h.Clock.GetUtcNow() - TimeSpan.FromMinutes(1));
        Assert.False(h.IsOpen("approve"));
        h.Advance(TimeSpan.FromMinutes(1));
        Assert.True(h.IsOpen("approve"));
    }

    [Fact]
    public void Timer_UntilADateAlreadyPast_MovesOnAtOnce()
    {
        var yaml = Yaml.Replace("duration: 2 working days", "until: \"form.hearing\"", StringComparison.Ordinal);
        var h = MatterHarness.For(yaml, Thursday);
        h.Start(new Dictionary<string, string?> { ["hearing"] = "2026-03-01" });

        Assert.Empty(h.EventsOf<TimerStarted>());
        Assert.True(h.IsOpen("approve"));
    }

    [Fact]
    public void Timer_UntilAnEmptyValue_IsAnExpressionFailure()
    {
        var yaml = Yaml.Replace("duration: 2 working days", "until: \"form.hearing\"", StringComparison.Ordinal);
        var h = MatterHarness.For(yaml, Thursday);
        h.Refused(new StartMatter { Actor = Actor.ApplicantAccount("alice"), InstanceId = "M1" }, RejectionCode.ExpressionFailed);
    }
}
