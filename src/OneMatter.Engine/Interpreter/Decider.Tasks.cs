using System.Collections.Immutable;
using System.Globalization;
using OneMatter.Engine.Commands;
using OneMatter.Engine.Definitions;
using OneMatter.Engine.Effects;
using OneMatter.Engine.Events;
using OneMatter.Engine.Instances;

namespace OneMatter.Engine.Interpreter;

/// <summary>Creating, finishing and withdrawing tasks, and who may act on them.</summary>
internal sealed partial class Decider
{
    private void CreateTask(Token token, TaskNode node)
    {
        var taskId = IdCache.Get(IdCache.TaskHead(node.Id), _state.Version + 1);
        var signers = node.Signers.Count == 0 ? [node.Assignee] : node.Signers;
        var items = ImmutableArray.CreateBuilder<WorkItem>(signers.Count);
        for (var i = 0; i < signers.Count; i++)
        {
            var (unit, user, role) = ResolveAssignee(signers[i], node);
            items.Add(new WorkItem
            {
                // Unique within the task, which every command naming an item also names.
                Id = IdCache.Get("", i + 1),
                Unit = unit,
                User = user,
                Role = role,
                Status = node.Sign == SignMode.Sequential && i > 0 ? WorkItemStatus.Waiting : WorkItemStatus.Offered,
            });
        }
        var created = items.MoveToImmutable();
        Emit(new TaskCreated
        {
            At = Now, Actor = Who, Unit = WhoUnit, Task = taskId, Node = node.Id, Token = token.Id,
            Sign = node.Signers.Count == 0 ? SignMode.Single : node.Sign, Items = created,
            // The DeadlineSet emitted right after gets the next event number, hence this id.
            Deadline = node.Deadline is null ? null : IdCache.Get("d", _state.Version + 2),
        });
        for (var i = 0; i < created.Length; i++)
        {
            var unit = created[i].Unit!;
            if (created[i].Status == WorkItemStatus.Offered && !OfferedEarlier(created, i, unit))
            {
                NotifyUnit(unit, NotificationKind.Handoff, Messages.Handoff(node), taskId);
            }
        }
        if (node.Deadline is { } limit)
        {
            SetDeadline(taskId, limit);
        }
        if (node.Timeout is { } timeout)
        {
            StartTimer(new TimerState { Id = NextId("tm"), Kind = TimerKind.Timeout, Due = _calendar.Add(Now, timeout.After).At, Task = taskId });
        }
    }

    private static bool OfferedEarlier(ImmutableArray<WorkItem> items, int index, string unit)
    {
        for (var i = 0; i < index; i++)
        {
            if (items[i].Unit == unit && items[i].Status == WorkItemStatus.Offered)
            {
                return true;
            }
        }
        return false;
    }

    private void CreateApplicantTask(Token token, ApplicantTaskNode node)
    {
        var taskId = IdCache.Get(IdCache.TaskHead(node.Id), _state.Version + 1);
        Emit(new TaskCreated
        {
            At = Now, Actor = Who, Unit = WhoUnit, Task = taskId, Node = node.Id, Token = token.Id, ForApplicant = true,
            Items = [new WorkItem { Id = IdCache.Get("", 1), Applicant = _state.Applicant }],
        });
        NotifyApplicant(NotificationKind.Status, $"请补正材料: {node.Name} (please act: {node.NameEn ?? node.Id})");
        if (node.PausesClock)
        {
            PauseClock();
        }
        if (node.Timeout is { } timeout)
        {
            StartTimer(new TimerState { Id = NextId("tm"), Kind = TimerKind.Timeout, Due = _calendar.Add(Now, timeout.After).At, Task = taskId });
        }
    }

    /// <summary>Turns an assignee declaration into a concrete unit (and person or role).</summary>
    private (string Unit, string? User, string? Role) ResolveAssignee(Assignee assignee, Node node) => assignee switch
    {
        UnitAssignee u => (KnownUnit(u.Unit, node), null, null),
        UserAssignee u => (KnownUnit(u.Unit, node), u.User, null),
        RoleAssignee r => (KnownUnit(r.Unit, node), null, r.Role),
        JurisdictionAssignee j => (ResolveInPlace(j, node), null, null),
        DeferredAssignee d => (KnownUnit(Convert.ToString(Evaluate(d.UnitExpression, new What("assignee of {1}", "", node.Id)), CultureInfo.InvariantCulture) ?? "", node), null, null),
        _ => throw new InvalidOperationException($"Unknown assignee kind {assignee.GetType().Name}."),
    };

    private string KnownUnit(string unit, Node node)
    {
        if (unit == "lead")
        {
            return _state.LeadUnit ?? Fail($"{NodeName(node.Id)}: 牵头单位未能确定 (the lead unit could not be resolved)");
        }
        if (_org.FindUnit(unit) is null)
        {
            Reject(RejectionCode.UnresolvedAssignment, $"{NodeName(node.Id)}: 组织目录中没有单位 \"{unit}\" (unit \"{unit}\" is not in the org directory)");
        }
        return unit;
    }

    private string ResolveInPlace(JurisdictionAssignee assignee, Node node)
    {
        var place = Convert.ToString(Evaluate(assignee.Jurisdiction, new What("jurisdiction of {1}", "", node.Id)), CultureInfo.InvariantCulture);
        if (string.IsNullOrEmpty(place))
        {
            return Fail($"{NodeName(node.Id)}: 属地为空, 无法分派 ({assignee.Jurisdiction.Source} is empty: no place to assign by)");
        }
        var unit = _org.Resolve(assignee.UnitKind, place);
        return unit?.Id ?? Fail(
            $"{NodeName(node.Id)}: \"{place}\" 没有 {assignee.UnitKind} 类单位 (no unit of kind \"{assignee.UnitKind}\" covers \"{place}\")");
    }

    private static string Fail(string message)
    {
        Reject(RejectionCode.UnresolvedAssignment, message);
        return "";
    }

    /// <summary>Whether the actor may act on the work item: same unit, and the named person or
    /// role if the item is allocated that narrowly.</summary>
    private bool Eligible(WorkItem item) =>
        _actor.Kind == ActorKind.Officer
        && item.Unit is not null
        && item.Unit == _actor.Unit
        && (item.User is null || item.User == _actor.Id)
        && (item.Role is null || _actor.HasRole(item.Role));

    /// <summary>The open task with this id, or a rejection that says what became of it.</summary>
    private TaskState OpenTask(string taskId)
    {
        if (_state.Status == MatterStatus.Running && _state.Task(taskId) is { } task)
        {
            return task;
        }
        // Task ids start with their node id, and a node's record names the task that made it:
        // a late second completion learns who was first, even after the matter ended.
        var node = taskId[..Math.Max(0, taskId.IndexOf('.', StringComparison.Ordinal))];
        if (_state.Records.TryGetValue(node, out var record) && record.Task == taskId && record.Outcome is not null)
        {
            Reject(RejectionCode.Conflict,
                $"任务 {taskId} 已由 {record.By} ({record.Unit}) 办理, 结果 {record.Outcome} (task already completed by {record.By} of {record.Unit} with outcome {record.Outcome})");
        }
        RequireRunning();
        Reject(RejectionCode.UnknownTask, $"没有待办任务 {taskId} (no open task {taskId}: it was never created, or was withdrawn)");
        return null!;
    }

    /// <summary>The actor's work item on a task, or a rejection naming why they cannot act.</summary>
    private WorkItem ActorItem(TaskState task)
    {
        if (task.ForApplicant)
        {
            Reject(RejectionCode.NotAllowedInState, $"{NodeName(task.Node)} 由申请人补正 (this is the applicant's step)");
        }
        WorkItem? waiting = null;
        WorkItem? claimedByOther = null;
        foreach (var item in task.Items)
        {
            if (!Eligible(item))
            {
                continue;
            }
            if (item.Status == WorkItemStatus.Waiting)
            {
                waiting = item;
            }
            else if (item.Status == WorkItemStatus.Offered)
            {
                if (item.ClaimedBy is null || item.ClaimedBy == _actor.Id)
                {
                    return item;
                }
                claimedByOther = item;
            }
        }
        if (claimedByOther is not null)
        {
            Reject(RejectionCode.AlreadyClaimed, $"已由 {claimedByOther.ClaimedBy} 认领 (claimed by {claimedByOther.ClaimedBy})");
        }
        if (waiting is not null)
        {
            Reject(RejectionCode.NotAllowedInState, "依次审批, 尚未轮到您 (sequential signing: earlier signers first)");
        }
        if (task.Items.Any(i => i.Delegation?.OwnerUser == _actor.Id))
        {
            Reject(RejectionCode.NotAllowedInState, "已委派, 待受托人办结后收回 (delegated: it comes back when the delegate resolves it)");
        }
        if (task.Items.Any(i => i.Status != WorkItemStatus.Done && i.Unit == _actor.Unit && _actor.Kind == ActorKind.Officer))
        {
            Reject(RejectionCode.NotYourTask, "该任务指定给他人 (allocated to another officer or role)");
        }
        if (task.Items.Any(i => Eligible(i) && i.Status == WorkItemStatus.Done))
        {
            Reject(RejectionCode.Conflict, "您已签署 (you have already signed)");
        }
        var units = string.Join(", ", task.Items.Where(i => i.Status != WorkItemStatus.Done).Select(i => i.Unit).Distinct());
        Reject(RejectionCode.NotYourTask, $"任务属于 {units} (the task belongs to {units})");
        return null!;
    }

    /// <summary>Whether the actor supervises (command centre or admin).</summary>
    private bool Supervises => _actor.Kind is ActorKind.Supervisor or ActorKind.Admin;

    /// <summary>Whether the actor is an officer of the lead unit.</summary>
    private bool IsLeadOfficer => _actor.Kind == ActorKind.Officer && _actor.Unit is not null && _actor.Unit == _state.LeadUnit;

    /// <summary>The task is decided: record, stop its clock and timers, issue documents, move on.</summary>
    private void FinishTask(TaskState task, Outcome outcome, ValueMap<string> fields, string? comment, bool skipped)
    {
        Emit(new TaskCompleted
        {
            At = Now, Actor = Who, Unit = WhoUnit, Task = task.Id, Node = task.Node, Outcome = outcome.Id,
            Fields = fields, Comment = comment, Skipped = skipped,
        });
        StopTaskClock(task);
        foreach (var document in outcome.Documents)
        {
            Issue(document, task.Node);
        }
        var token = _state.Token(task.Token)!;
        Move(token, outcome.Next, null);
    }

    /// <summary>Cancels a task without moving its token (the caller decides where it goes).</summary>
    private void CloseTask(TaskState task, string reason, bool resumeClock = true)
    {
        Emit(new TaskCancelled { At = Now, Actor = Who, Unit = WhoUnit, Task = task.Id, Reason = reason });
        StopTaskClock(task, resumeClock);
    }

    private void StopTaskClock(TaskState task, bool resumeClock = true)
    {
        // Backwards by index: cancelling removes the timer, and this runs on every completion.
        for (var i = _state.Timers.Count - 1; i >= 0; i--)
        {
            if (_state.Timers[i].Task == task.Id)
            {
                CancelTimerById(_state.Timers[i].Id);
            }
        }
        if (task.Deadline is not null && _state.Deadline(task.Deadline) is { } deadline)
        {
            ClearDeadline(deadline);
        }
        if (task.ForApplicant && resumeClock)
        {
            ResumeClock();
        }
    }

    /// <summary>Ends a token's path: its open task, timers and call are withdrawn.</summary>
    private void CancelToken(Token token, string reason, bool abandoned)
    {
        for (var i = _state.Tasks.Count - 1; i >= 0; i--)
        {
            if (i < _state.Tasks.Count && _state.Tasks[i].Token == token.Id)
            {
                CloseTask(_state.Tasks[i], reason);
            }
        }
        for (var i = _state.Timers.Count - 1; i >= 0; i--)
        {
            if (i < _state.Timers.Count && _state.Timers[i].Token == token.Id)
            {
                CancelTimerById(_state.Timers[i].Id);
            }
        }
        for (var i = _state.Calls.Count - 1; i >= 0; i--)
        {
            if (_state.Calls[i].Token == token.Id)
            {
                WithdrawCall(_state.Calls[i]);
            }
        }
        Consume(token, abandoned);
    }

    /// <summary>A child matter nobody waits for any more is withdrawn too.</summary>
    private void WithdrawCall(CallState call)
    {
        Emit(new CallWithdrawn { At = Now, Actor = Who, Unit = WhoUnit, Child = call.Child });
        Effect(new CancelChildMatter { InstanceId = InstanceId, ChildInstanceId = call.Child });
    }
}
