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

    /// <summary>Sets a deadline for a task (or the matter when <paramref name="task"/> is null)
    /// and schedules its escalation points.</summary>
    private void SetDeadline(string? task, Duration limit)
    {
        var due = _calendar.Add(Now, limit);
        var working = IsWorking(limit);
        var span = working ? _calendar.WorkingTimeBetween(Now, due.At) : due.At - Now;
        var id = NextId("d");
        Emit(new DeadlineSet
        {
            At = Now, Actor = Who, Unit = WhoUnit, Deadline = id, Task = task, Start = Now, Due = due.At,
            Span = span, Working = working, Estimated = due.Estimated,
        });
        ScheduleEscalation(_state.Deadline(id)!, consumed: TimeSpan.Zero);
    }

    /// <summary>The escalation policy of a deadline: the task node's own, else the matter's.</summary>
    private IReadOnlyList<EscalationRule> PolicyOf(DeadlineState deadline)
    {
        if (deadline.Task is not null && _state.Task(deadline.Task) is { } task
            && _definition.Node(task.Node) is TaskNode { Escalation: { } own })
        {
            return own;
        }
        return _definition.Escalation;
    }

    /// <summary>
    /// Schedules each rule not yet fired at its share of the span. <paramref name="consumed"/>
    /// is the part of the span already used (non-zero after a pause), so a point that has already
    /// passed falls due at once.
    /// </summary>
    private void ScheduleEscalation(DeadlineState deadline, TimeSpan consumed)
    {
        var policy = PolicyOf(deadline);
        for (var i = 0; i < policy.Count; i++)
        {
            if ((deadline.Fired & (1 << i)) != 0)
            {
                continue;
            }
            var share = deadline.Span * (policy[i].Percent / 100.0);
            DateTimeOffset at;
            if (policy[i].Percent == 100)
            {
                at = deadline.Due;
            }
            else if (share <= consumed)
            {
                at = Now;
            }
            else
            {
                at = deadline.Working ? _calendar.AddWorkingTime(Now, share - consumed).At : Now + (share - consumed);
            }
            StartTimer(new TimerState { Id = NextId("tm"), Kind = TimerKind.Escalation, Due = at, Deadline = deadline.Id, Rule = i });
        }
    }

    private void ClearDeadline(DeadlineState deadline)
    {
        foreach (var timer in _state.Timers.Where(t => t.Deadline == deadline.Id).ToList())
        {
            CancelTimerById(timer.Id);
        }
        Emit(new DeadlineCleared { At = Now, Actor = Who, Unit = WhoUnit, Deadline = deadline.Id, Late = Now > deadline.Due });
    }

    /// <summary>补正 stops the legal clock of the matter: what is left is kept and its
    /// escalation timers are withdrawn until the applicant answers.</summary>
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
        foreach (var timer in _state.Timers.Where(t => t.Deadline == deadline.Id).ToList())
        {
            CancelTimerById(timer.Id);
        }
        Emit(new ClockPaused { At = Now, Actor = Who, Unit = WhoUnit, Deadline = deadline.Id, Remaining = remaining });
    }

    private void ResumeClock()
    {
        if (_state.MatterDeadlineBuilder() is not { PausedRemaining: { } remaining } deadline)
        {
            return;
        }
        var due = deadline.Working ? _calendar.AddWorkingTime(Now, remaining) : new Calendar.DueInstant(Now + remaining, false);
        Emit(new ClockResumed { At = Now, Actor = Who, Unit = WhoUnit, Deadline = deadline.Id, Due = due.At, Estimated = due.Estimated });
        ScheduleEscalation(_state.Deadline(deadline.Id)!, consumed: deadline.Span - remaining);
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
                Escalate(_state.Deadline(timer.Deadline!)!, timer.Rule);
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

    private void Escalate(DeadlineState deadline, int ruleIndex)
    {
        var rule = PolicyOf(deadline)[ruleIndex];
        var task = deadline.Task is null ? null : _state.Task(deadline.Task);
        var holders = task is null
            ? (_state.LeadUnit is { } lead ? [lead] : [])
            : task.Items.Where(i => i.Status != WorkItemStatus.Done && i.Unit is not null).Select(i => i.Unit!).Distinct().ToList();
        var what = task is null ? _definition.Name : _definition.Node(task.Node).Name;
        string? to = rule.Action switch
        {
            EscalationAction.Supervise => rule.To ?? CommandCentre(),
            EscalationAction.Reassign => rule.To,
            _ => null,
        };
        Emit(new DeadlineEscalated
        {
            At = Now, Actor = Who, Unit = WhoUnit, Deadline = deadline.Id, Rule = ruleIndex, Action = rule.Action, Task = task?.Id, ToUnit = to,
        });
        switch (rule.Action)
        {
            case EscalationAction.Warn:
                holders.ForEach(u => NotifyUnit(u, NotificationKind.Warning, $"预警: {what} 即将到期 (due soon: {deadline.Due:O})", task?.Id));
                break;
            case EscalationAction.Overdue:
                holders.ForEach(u => NotifyUnit(u, NotificationKind.Overdue, $"超期: {what} 已超过办理时限 (overdue since {deadline.Due:O})", task?.Id));
                break;
            case EscalationAction.Supervise:
                if (task is not null)
                {
                    Emit(new TaskSupervised { At = Now, Actor = Who, Unit = WhoUnit, Task = task.Id, By = to, Message = "超期自动督办 (overdue: supervision opened)" });
                }
                holders.ForEach(u => NotifyUnit(u, NotificationKind.Supervision, $"督办: {what} 已超期 (under supervision: overdue)", task?.Id));
                if (to is not null)
                {
                    NotifyUnit(to, NotificationKind.Supervision, $"超期督办: {what} (overdue item for supervision)", task?.Id);
                }
                break;
            case EscalationAction.Reassign when task is not null && to is not null:
                foreach (var item in task.Items.Where(i => i.Status != WorkItemStatus.Done && i.Unit != to))
                {
                    Emit(new TaskTransferred { At = Now, Actor = Who, Unit = WhoUnit, Task = task.Id, Item = item.Id, FromUnit = item.Unit, ToUnit = to, Reason = "超期改派 (reassigned on escalation)" });
                }
                NotifyUnit(to, NotificationKind.Handoff, $"超期改派: {what} (reassigned to you)", task.Id);
                break;
        }
    }
}
