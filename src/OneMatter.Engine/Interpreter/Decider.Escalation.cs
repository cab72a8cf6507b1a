using OneMatter.Engine.Definitions;
using OneMatter.Engine.Effects;
using OneMatter.Engine.Events;
using OneMatter.Engine.Instances;

namespace OneMatter.Engine.Interpreter;

/// <summary>What one escalation rule does when its point of a deadline falls due: warn, mark
/// overdue, open supervision (with its 督办单 when the rule names one) or reassign.</summary>
internal sealed partial class Decider
{
    private void FireRule(DeadlineState deadline, EscalationRule rule, int ruleIndex)
    {
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
                if (rule.Document is { } document)
                {
                    Issue(document, task?.Node ?? "", task?.Id ?? "");
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
