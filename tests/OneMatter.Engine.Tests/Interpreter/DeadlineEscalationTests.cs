using OneMatter.Engine.Commands;
using OneMatter.Engine.Definitions;
using OneMatter.Engine.Effects;
using OneMatter.Engine.Events;
using OneMatter.Engine.Instances;
using OneMatter.Engine.Interpreter;

namespace OneMatter.Engine.Tests.Interpreter;

/// <summary>办理时限: 预警 at 80 %, 超期 and 督办 at 100 %, task-level policies and reassignment.</summary>
public class DeadlineEscalationTests
{
    private const string Yaml = """
        id: test
        name: 时限测试
        name-en: Deadline test
        family: approval
        lead: agri
        jurisdiction: form.township
        deadline: 10 working days
        form:
          - { id: township, label: 乡镇, type: jurisdiction, level: township, required: true }
        escalation:
          - { at: 80%, do: warn }
          - { at: 100%, do: overdue }
          - { at: 100%, do: supervise }
        start: accept
        nodes:
          accept:
            type: task
            name: 受理
            assignee: east-window
            deadline: 1 working day
            outcomes: { accept: review }
          review:
            type: task
            name: 审查
            assignee: land
            deadline: 2 working days
            escalation:
              - { at: 50%, do: warn }
            outcomes: { pass: handle }
          handle:
            type: task
            name: 处置
            assignee: land
            deadline: 1 working day
            escalation:
              - { at: 100%, do: reassign, to: fire }
            outcomes: { done: done }
          done: { type: end, name: 办结, result: approved }
        """;

    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    private static MatterHarness Started()
    {
        var h = MatterHarness.For(Yaml);
        h.Start(new Dictionary<string, string?> { ["township"] = "east" });
        return h;
    }

    private static string DeadlineOf(MatterHarness h, string node) => h.Task(node).Deadline!;

    private static List<DeadlineEscalated> EscalationsOf(MatterHarness h, string deadline) =>
        h.EventsOf<DeadlineEscalated>().Where(e => e.Deadline == deadline).ToList();

    [Fact]
    public void Escalation_FarPastDue_WarnOverdueAndSuperviseEachFireExactlyOnce()
    {
        var h = Started();
        var task = DeadlineOf(h, "accept");
        var matter = h.State!.MatterDeadline!.Id;

        h.Advance(TimeSpan.FromDays(30));
        h.Advance(TimeSpan.FromDays(60));

        foreach (var deadline in new[] { task, matter })
        {
            var fired = EscalationsOf(h, deadline);
            Assert.Equal(
                [(0, EscalationAction.Warn), (1, EscalationAction.Overdue), (2, EscalationAction.Supervise)],
                fired.Select(e => (e.Rule, e.Action)).OrderBy(r => r.Rule).ToArray());
            var state = h.State!.Deadlines.Single(d => d.Id == deadline);
            Assert.True(state.Warned);
            Assert.True(state.Overdue);
        }
        Assert.Equal(6, h.EventsOf<DeadlineEscalated>().Count());
        Assert.DoesNotContain(h.State!.Timers, t => t.Kind == TimerKind.Escalation);
        Assert.True(h.IsOpen("accept"));
    }

    [Fact]
    public void Warn_FiresAtEightyPercentOfTheWorkingTime()
    {
        var h = Started();
        var deadline = DeadlineOf(h, "accept");
        // Mon 09:00 → Tue 17:30 is 13.5 office hours; 80 % is 10 h 48 min: Tue 14:48.
        var warnAt = new DateTimeOffset(2026, 3, 3, 14, 48, 0, China);

        h.Advance(warnAt.AddMinutes(-1) - h.Clock.GetUtcNow());
        Assert.Empty(EscalationsOf(h, deadline));

        h.Advance(TimeSpan.FromMinutes(2));
        var warn = Assert.Single(EscalationsOf(h, deadline));
        Assert.Equal((EscalationAction.Warn, warnAt), (warn.Action, warn.At));
        Assert.Contains(h.Effects.OfType<Notify>(), n =>
            n.Kind == NotificationKind.Warning && n.To == "east-window" && n.TaskId == h.Task("accept").Id);
        Assert.True(h.State!.Deadlines.Single(d => d.Id == deadline).Warned);
    }

    [Fact]
    public void Overdue_FiresAtTheDueInstantAndTellsTheHolder()
    {
        var h = Started();
        var deadline = DeadlineOf(h, "accept");
        var due = new DateTimeOffset(2026, 3, 3, 17, 30, 0, China);

        h.Advance(due.AddMinutes(-1) - h.Clock.GetUtcNow());
        Assert.DoesNotContain(EscalationsOf(h, deadline), e => e.Action == EscalationAction.Overdue);

        h.Advance(TimeSpan.FromMinutes(1));
        var overdue = EscalationsOf(h, deadline).Single(e => e.Action == EscalationAction.Overdue);
        Assert.Equal(due, overdue.At);
        Assert.Contains(h.Effects.OfType<Notify>(), n => n.Kind == NotificationKind.Overdue && n.To == "east-window");
    }

    [Fact]
    public void Supervise_AtTheDueInstant_OpensSupervisionAndNotifiesTheCommandCentre()
    {
        var h = Started();
        var task = h.Task("accept").Id;
        h.Advance(TimeSpan.FromDays(2));

        var supervise = EscalationsOf(h, DeadlineOf(h, "accept")).Single(e => e.Action == EscalationAction.Supervise);
        Assert.Equal("command", supervise.ToUnit);
        Assert.True(h.Task("accept").Supervised);
        Assert.Equal("command", h.EventsOf<TaskSupervised>().Single(s => s.Task == task).By);
        Assert.Contains(h.Effects.OfType<Notify>(), n => n.Kind == NotificationKind.Supervision && n.To == "command" && n.TaskId == task);
        Assert.Contains(h.Effects.OfType<Notify>(), n => n.Kind == NotificationKind.Supervision && n.To == "east-window" && n.TaskId == task);
    }

    [Fact]
    public void Supervise_OfTheMatterDeadline_NotifiesTheCommandCentreAndTheLeadUnit()
    {
        var h = Started();
        h.Advance(TimeSpan.FromDays(30));

        var supervise = EscalationsOf(h, h.State!.MatterDeadline!.Id).Single(e => e.Action == EscalationAction.Supervise);
        Assert.Equal(("command", null), (supervise.ToUnit, supervise.Task));
        Assert.Contains(h.Effects.OfType<Notify>(), n => n.Kind == NotificationKind.Supervision && n.To == "command" && n.TaskId is null);
        Assert.Contains(h.Effects.OfType<Notify>(), n => n.Kind == NotificationKind.Supervision && n.To == "agri" && n.TaskId is null);
    }

    [Fact]
    public void TaskEscalation_OverridesTheMattersPolicy()
    {
        var h = Started();
        h.Complete("accept", "accept");
        var deadline = DeadlineOf(h, "review");

        h.Advance(TimeSpan.FromDays(30));

        var only = Assert.Single(EscalationsOf(h, deadline));
        // Mon 09:00 → Wed 17:30 is 20.5 office hours; 50 % is 10 h 15 min: Tue 14:15.
        Assert.Equal((0, EscalationAction.Warn), (only.Rule, only.Action));
        Assert.Equal(new DateTimeOffset(2026, 3, 3, 14, 15, 0, China), only.At);
        Assert.False(h.State!.Deadlines.Single(d => d.Id == deadline).Overdue);
        Assert.False(h.Task("review").Supervised);
    }

    [Fact]
    public void Reassign_MovesTheWorkToAnotherUnitWhenDue()
    {
        var h = Started();
        h.Complete("accept", "accept");
        h.Complete("review", "pass");
        var handle = h.Task("handle").Id;

        h.Advance(TimeSpan.FromDays(2));

        var moved = Assert.Single(h.EventsOf<TaskTransferred>());
        Assert.Equal((handle, "land", "fire"), (moved.Task, moved.FromUnit, moved.ToUnit));
        Assert.Equal("fire", h.Task("handle").Items.Single().Unit);
        Assert.Contains(h.Effects.OfType<Notify>(), n => n.Kind == NotificationKind.Handoff && n.To == "fire" && n.TaskId == handle);
        h.Refused(new CompleteTask { Actor = MatterHarness.Officer("land"), TaskId = handle, Outcome = "done" }, RejectionCode.NotYourTask);
        h.Must(new CompleteTask { Actor = MatterHarness.Officer("fire"), TaskId = handle, Outcome = "done" });
        Assert.Equal(EndResult.Approved, h.State!.Result);
    }

    [Fact]
    public void Complete_InTime_CancelsTheTasksDeadlineTimers()
    {
        var h = Started();
        var deadline = DeadlineOf(h, "accept");
        var pending = h.State!.Timers.Where(t => t.Deadline == deadline).Select(t => t.Id).ToList();
        Assert.NotEmpty(pending);

        h.Complete("accept", "accept");

        var cancelled = h.Last!.Effects.OfType<CancelTimer>().Select(c => c.TimerId).ToList();
        Assert.All(pending, id => Assert.Contains(id, cancelled));
        Assert.DoesNotContain(h.State!.Timers, t => t.Deadline == deadline);
        Assert.DoesNotContain(h.State.Deadlines, d => d.Id == deadline);
        Assert.False(h.Last.Events.OfType<DeadlineCleared>().Single(c => c.Deadline == deadline).Late);

        h.Advance(TimeSpan.FromDays(2));
        Assert.Empty(EscalationsOf(h, deadline));
    }

    [Fact]
    public void Complete_AfterTheDue_ClearsTheDeadlineAsLate()
    {
        var h = Started();
        var deadline = DeadlineOf(h, "accept");
        h.Advance(TimeSpan.FromDays(2));

        h.Complete("accept", "accept");

        Assert.True(h.Last!.Events.OfType<DeadlineCleared>().Single(c => c.Deadline == deadline).Late);
        Assert.DoesNotContain(h.State!.Timers, t => t.Deadline == deadline);
    }
}
