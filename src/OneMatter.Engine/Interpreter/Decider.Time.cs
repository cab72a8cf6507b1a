using System.Globalization;
using OneMatter.Engine.Commands;
using OneMatter.Engine.Definitions;
using OneMatter.Engine.Effects;
using OneMatter.Engine.Events;
using OneMatter.Engine.Instances;

namespace OneMatter.Engine.Interpreter;

/// <summary>Deadlines on the working-day calendar, their escalation points, the clock stopping
/// during correction, and timers firing.</summary>
internal sealed partial class Decider
{
    private void StartTimer(TimerState timer)
    {
        Emit(new TimerStarted { At = Now, Actor = Who, Unit = WhoUnit, Timer = timer });
        Effect(new ScheduleTimer { InstanceId = InstanceId, TimerId = timer.Id, Due = timer.Due });
    }

    private void CancelTimerById(string id)
    {
        Emit(new TimerCancelled { At = Now, Actor = Who, Unit = WhoUnit, Timer = id });
        Effect(new CancelTimer { InstanceId = InstanceId, TimerId = id });
    }

    private static bool IsWorking(Duration duration) =>
        duration.Unit is DurationUnit.WorkingDays or DurationUnit.WorkingHours;

    /// <summary>Sets a deadline for a task (or the matter when <paramref name="task"/> is null),
    /// with the timer of its first escalation point.</summary>
    private void SetDeadline(string? task, Duration limit)
    {
        var due = _calendar.Add(Now, limit);
        var working = IsWorking(limit);
        var span = working ? _calendar.WorkingTimeBetween(Now, due.At) : due.At - Now;
        // A task names its deadline when created (the id of this very event); reuse that string.
        var id = task is null ? NextId("d") : _state.Task(task)!.Deadline!;
        if (id[0] != 'd' || !long.TryParse(id.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number != _state.Version + 1)
        {
            throw new InvalidOperationException($"Task {task} expected its deadline to be set right after it was created.");
        }
        var policy = PolicyOf(task);
        var alert = FirstAlert(id, due.At, span, working, policy);
        Emit(new DeadlineSet
        {
            At = Now, Actor = Who, Unit = WhoUnit, Deadline = id, Task = task, Start = Now, Due = due.At,
            Span = span, Working = working, Estimated = due.Estimated, Alert = alert,
        });
        ScheduleAlert(alert);
    }

    /// <summary>The first escalation timer of a new deadline (nothing fired, nothing used yet).</summary>
    private TimerState? FirstAlert(string deadline, DateTimeOffset due, TimeSpan span, bool working, IReadOnlyList<EscalationRule> policy)
    {
        var rule = -1;
        var at = DateTimeOffset.MaxValue;
        for (var i = 0; i < policy.Count; i++)
        {
            var candidate = AlertInstant(Now, due, span, TimeSpan.Zero, working, policy[i]);
            if (candidate < at)
            {
                (rule, at) = (i, candidate);
            }
        }
        return rule < 0 ? null : new TimerState
        {
            Id = NextId("a"),
            Kind = TimerKind.Escalation, Due = at, Deadline = deadline, Rule = rule,
        };
    }

    private void ScheduleAlert(TimerState? alert)
    {
        if (alert is not null)
        {
            Effect(new ScheduleTimer { InstanceId = InstanceId, TimerId = alert.Id, Due = alert.Due });
        }
    }

    /// <summary>The escalation policy of a deadline: the task node's own, else the matter's.</summary>
    private IReadOnlyList<EscalationRule> PolicyOf(string? task)
    {
        if (task is not null && _state.Task(task) is { } open
            && _definition.Node(open.Node) is TaskNode { Escalation: { } own })
        {
            return own;
        }
        return _definition.Escalation;
    }

    /// <summary>
    /// When rule <paramref name="rule"/> of the policy falls due: at its share of the span, counted
    /// in office time from when the clock last started, less what was used before a pause (a point
    /// already passed falls due at once); 100 % is exactly the due instant.
    /// </summary>
    private DateTimeOffset AlertInstant(DeadlineState deadline, EscalationRule rule) =>
        AlertInstant(deadline.CountingSince, deadline.Due, deadline.Span, deadline.Consumed, deadline.Working, rule);

    private DateTimeOffset AlertInstant(DateTimeOffset countingSince, DateTimeOffset due, TimeSpan span, TimeSpan consumed,
        bool working, EscalationRule rule)
    {
        if (rule.Percent == 100)
        {
            return due;
        }
        var share = span * (rule.Percent / 100.0);
        if (share <= consumed)
        {
            return countingSince;
        }
        return working
            ? _calendar.AddWorkingTime(countingSince, share - consumed).At
            : countingSince + (share - consumed);
    }

    /// <summary>
    /// The one timer a deadline needs at a time: its earliest escalation point not yet fired.
    /// One timer per deadline (not one per rule) keeps the timer table and the job scheduler small.
    /// </summary>
    private TimerState? NextAlert(DeadlineState deadline, IReadOnlyList<EscalationRule> policy, string id)
    {
        TimerState? next = null;
        for (var i = 0; i < policy.Count; i++)
        {
            if ((deadline.Fired & (1 << i)) != 0)
            {
                continue;
            }
            var at = AlertInstant(deadline, policy[i]);
            if (next is null || at < next.Due)
            {
                next = new TimerState { Id = id, Kind = TimerKind.Escalation, Due = at, Deadline = deadline.Id, Rule = i };
            }
        }
        return next;
    }

    private void ClearDeadline(DeadlineState deadline)
    {
        foreach (var timer in _state.Timers)
        {
            if (timer.Deadline == deadline.Id)
            {
                Effect(new CancelTimer { InstanceId = InstanceId, TimerId = timer.Id });
            }
        }
        Emit(new DeadlineCleared { At = Now, Actor = Who, Unit = WhoUnit, Deadline = deadline.Id, Late = Now > deadline.Due });
    }

    /// <summary>补正 stops the legal clock of the matter: what is left is kept and its
    /// escalation timer is withdrawn until the applicant answers.</summary>
    private void PauseClock()
    {
        if (_state.MatterDeadlineBuilder() is not { PausedRemaining: null } deadline)
        {
            return;
        }
        var remaining = deadline.Working ? _calendar.WorkingTimeBetween(Now, deadline.Due) : deadline.Due - Now;
        if (remaining < TimeSpan.Zero)
        {
            remaining = TimeSpan.Zero;
        }
        var used = deadline.Working ? _calendar.WorkingTimeBetween(deadline.CountingSince, Now) : Now - deadline.CountingSince;
        foreach (var timer in _state.Timers)
        {
            if (timer.Deadline == deadline.Id)
            {
                Effect(new CancelTimer { InstanceId = InstanceId, TimerId = timer.Id });
            }
        }
        Emit(new ClockPaused { At = Now, Actor = Who, Unit = WhoUnit, Deadline = deadline.Id, Remaining = remaining, Consumed = deadline.Consumed + used });
    }

    private void ResumeClock()
    {
        if (_state.MatterDeadlineBuilder() is not { PausedRemaining: { } remaining } deadline)
        {
            return;
        }
        var due = deadline.Working ? _calendar.AddWorkingTime(Now, remaining) : new Calendar.DueInstant(Now + remaining, false);
        var resumed = deadline with { CountingSince = Now, Due = due.At, PausedRemaining = null };
        var alert = NextAlert(resumed, PolicyOf(null), NextId("a"));
        Emit(new ClockResumed { At = Now, Actor = Who, Unit = WhoUnit, Deadline = deadline.Id, Due = due.At, Estimated = due.Estimated, Alert = alert });
        ScheduleAlert(alert);
    }

    /// <summary>A timer job ran: stale or early firings change nothing.</summary>
    private CommandStatus FireTimer(FireTimer command)
    {
        if (_state.Status != MatterStatus.Running || _state.Timer(command.TimerId) is not { } timer)
        {
            IgnoredBecause = $"定时器 {command.TimerId} 已失效 (timer {command.TimerId} is no longer pending)";
            return CommandStatus.Ignored;
        }
        if (Now < timer.Due)
        {
            IgnoredBecause = $"定时器 {timer.Id} 未到期, 到期时间 {timer.Due:O} (not yet due)";
            return CommandStatus.Ignored;
        }
        Emit(new TimerElapsed { At = Now, Actor = Who, Unit = WhoUnit, Timer = timer.Id });
        switch (timer.Kind)
        {
            case TimerKind.Node:
                var token = _state.Token(timer.Token!)!;
                Move(token, ((TimerNode)_definition.Node(token.Node)).Next, token.Node);
                break;
            case TimerKind.Timeout:
                TimeOut(_state.Task(timer.Task!)!);
                break;
            case TimerKind.Escalation:
                Escalate(_state.Deadline(timer.Deadline!)!);
                break;
        }
        return CommandStatus.Applied;
    }

    private void TimeOut(TaskState task)
    {
        var node = _definition.Node(task.Node);
        var next = node switch
        {
            TaskNode t => t.Timeout!.Next,
            ApplicantTaskNode a => a.Timeout!.Next,
            _ => throw new InvalidOperationException($"Node {node.Id} has no timeout."),
        };
        CloseTask(task, "超时 (timed out)");
        Move(_state.Token(task.Token)!, next, task.Node);
    }

    /// <summary>Fires every escalation rule of the deadline that has fallen due (overdue and
    /// supervise share the 100 % point), then sets the timer of the next one.</summary>
    private void Escalate(DeadlineState deadline)
    {
        var policy = PolicyOf(deadline.Task);
        for (var i = 0; i < policy.Count; i++)
        {
            var current = _state.Deadline(deadline.Id)!;
            if ((current.Fired & (1 << i)) == 0 && AlertInstant(current, policy[i]) <= Now)
            {
                FireRule(current, policy[i], i);
            }
        }
        if (_state.Deadline(deadline.Id) is { } after)
        {
            var next = NextAlert(after, policy, NextId("a"));
            if (next is not null)
            {
                StartTimer(next);
            }
        }
    }
}
