using System.Collections.Immutable;
using System.Globalization;
using OneMatter.Engine.Commands;
using OneMatter.Engine.Definitions;
using OneMatter.Engine.Effects;
using OneMatter.Engine.Events;
using OneMatter.Engine.Forms;
using OneMatter.Engine.Instances;

namespace OneMatter.Engine.Interpreter;

/// <summary>What officers do with tasks: claim, release, complete, return, transfer, delegate,
/// add and remove signers, skip, cancel.</summary>
internal sealed partial class Decider
{
    private void Claim(ClaimTask command)
    {
        var task = OpenTask(command.TaskId);
        var item = ActorItem(task);
        if (item.ClaimedBy == _actor.Id)
        {
            Reject(RejectionCode.NotAllowedInState, "您已认领该任务 (you have already claimed it)");
        }
        Emit(new TaskClaimed { At = Now, Actor = Who, Unit = WhoUnit, Task = task.Id, Item = item.Id });
    }

    private void Release(ReleaseTask command)
    {
        var task = OpenTask(command.TaskId);
        var item = task.Items.FirstOrDefault(i => i.ClaimedBy == _actor.Id && i.Status == WorkItemStatus.Offered);
        if (item is null)
        {
            Reject(RejectionCode.NotYourTask, "您未认领该任务 (you have not claimed this task)");
        }
        Emit(new TaskReleased { At = Now, Actor = Who, Unit = WhoUnit, Task = task.Id, Item = item.Id });
    }

    private void Complete(CompleteTask command)
    {
        var task = OpenTask(command.TaskId);
        var item = ActorItem(task);
        if (item.Delegation is not null)
        {
            Reject(RejectionCode.NotAllowedInState, "受托办理的任务应办结交回, 不能直接完成 (delegated work is resolved back to its owner, not completed)");
        }
        if (task.Sign is SignMode.All or SignMode.Sequential && SignedBefore(task))
        {
            // 会签 / 依次: each signature is a different person's, even within one unit.
            Reject(RejectionCode.Conflict, "您已签署过该任务 (you have already signed this task)");
        }
        var node = (TaskNode)_definition.Node(task.Node);
        var outcome = node.Outcome(command.Outcome);
        if (outcome is null)
        {
            var allowed = string.Join(", ", node.Outcomes.Select(o => o.Id));
            Reject(RejectionCode.UnknownOutcome, $"{NodeName(node.Id)} 没有结果 \"{command.Outcome}\", 可选: {allowed} (no such outcome; choose one of {allowed})", "outcome");
        }
        var (fields, errors) = FormValidator.Validate(node.Fields, command.Fields, _org);
        if (errors.Count > 0)
        {
            RejectFields(errors);
        }
        if (outcome.When is { } guard && !IsTrue(guard, new What("guard of outcome {0}", outcome.Id, null)))
        {
            Reject(RejectionCode.GuardFalse,
                $"当前不能选择 \"{outcome.Label ?? outcome.Id}\": {guard.Description ?? guard.Source} (outcome {outcome.Id} is not allowed now)", "outcome");
        }
        var agrees = outcome == node.Outcomes[0];
        var decided = task.Sign switch
        {
            SignMode.All or SignMode.Sequential => !agrees || task.Items.All(i => i.Status == WorkItemStatus.Done || i.Id == item.Id),
            _ => true,
        };
        if (decided)
        {
            // The task's own completion records who decided; a separate signer event would
            // only repeat it.
            FinishTask(task, outcome, fields, command.Comment, skipped: false);
            return;
        }
        Emit(new WorkItemCompleted { At = Now, Actor = Who, Unit = WhoUnit, Task = task.Id, Item = item.Id, Outcome = outcome.Id, Fields = fields, Comment = command.Comment });
        var after = _state.Task(task.Id)!;
        if (after.Sign == SignMode.Sequential)
        {
            foreach (var next in after.Items.Where(i => i.Status == WorkItemStatus.Offered && i.Unit is not null))
            {
                NotifyUnit(next.Unit!, NotificationKind.Handoff, $"依次审批轮到您: {node.Name} (your turn to sign)", task.Id);
            }
        }
    }

    private bool SignedBefore(TaskState task)
    {
        foreach (var item in task.Items)
        {
            if (item.Status == WorkItemStatus.Done && item.ClaimedBy == _actor.Id)
            {
                return true;
            }
        }
        return false;
    }

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private static void RejectFields(IReadOnlyList<FieldError> errors) =>
        throw new CommandRejectedException(new Rejection(
            RejectionCode.InvalidField, string.Join("; ", errors.Select(e => e.ToString())), errors[0].Field) { Errors = errors });

    private void Transfer(TransferTask command)
    {
        var task = OpenTask(command.TaskId);
        if (task.ForApplicant)
        {
            Reject(RejectionCode.NotAllowedInState, $"{NodeName(task.Node)} 由申请人补正, 不能转办 (the applicant's step cannot be transferred)");
        }
        var item = Supervises ? task.Items.First(i => i.Status != WorkItemStatus.Done) : ActorItem(task);
        RequireUnit(command.ToUnit, "toUnit");
        if (item.Unit == command.ToUnit)
        {
            Reject(RejectionCode.NotAllowedInState, "不能转办给本单位 (the task is already with that unit)", "toUnit");
        }
        Emit(new TaskTransferred { At = Now, Actor = Who, Unit = WhoUnit, Task = task.Id, Item = item.Id, FromUnit = item.Unit, ToUnit = command.ToUnit, Reason = command.Reason });
        NotifyUnit(command.ToUnit, NotificationKind.Handoff, $"转办: {_definition.Node(task.Node).Name} (transferred to you)", task.Id);
    }

    private void Delegate(DelegateTask command)
    {
        var task = OpenTask(command.TaskId);
        var item = ActorItem(task);
        if (item.Delegation is not null)
        {
            Reject(RejectionCode.NotAllowedInState, "受托任务不能再委派 (delegated work cannot be delegated again)");
        }
        RequireUnit(command.ToUnit, "toUnit");
        Emit(new TaskDelegated { At = Now, Actor = Who, Unit = WhoUnit, Task = task.Id, Item = item.Id, ToUnit = command.ToUnit, ToUser = command.ToUser, Note = command.Note });
        NotifyUnit(command.ToUnit, NotificationKind.Handoff, $"委派: {_definition.Node(task.Node).Name} (delegated to you)", task.Id);
    }

    private void Resolve(ResolveDelegation command)
    {
        var task = OpenTask(command.TaskId);
        var item = ActorItem(task);
        if (item.Delegation is null)
        {
            Reject(RejectionCode.NotAllowedInState, "该任务不是委派给您的 (this work item is not delegated to you)");
        }
        Emit(new DelegationResolved { At = Now, Actor = Who, Unit = WhoUnit, Task = task.Id, Item = item.Id, Comment = command.Comment });
        NotifyUnit(item.Delegation.OwnerUnit, NotificationKind.Handoff, $"委派已办结交回: {_definition.Node(task.Node).Name} (delegated work returned)", task.Id);
    }

    private void AddSigner(AddSigner command)
    {
        var task = OpenTask(command.TaskId);
        if (!Supervises)
        {
            ActorItem(task);
        }
        if (task.ForApplicant)
        {
            Reject(RejectionCode.NotAllowedInState, "申请人环节不能加签 (no signers on the applicant's step)");
        }
        RequireUnit(command.Unit, "unit");
        var item = new WorkItem
        {
            Id = NextId("s"),
            Unit = command.Unit,
            User = command.User,
            Status = task.Sign == SignMode.Sequential ? WorkItemStatus.Waiting : WorkItemStatus.Offered,
        };
        Emit(new SignerAdded { At = Now, Actor = Who, Unit = WhoUnit, Task = task.Id, Item = item });
        if (item.Status == WorkItemStatus.Offered)
        {
            NotifyUnit(command.Unit, NotificationKind.Handoff, $"加签: {_definition.Node(task.Node).Name} (added as a signer)", task.Id);
        }
    }

    private void RemoveSigner(RemoveSigner command)
    {
        var task = OpenTask(command.TaskId);
        if (!Supervises)
        {
            ActorItem(task);
        }
        var item = task.Item(command.WorkItemId);
        if (item is null || item.Status == WorkItemStatus.Done)
        {
            Reject(RejectionCode.NotAllowedInState, $"没有可减签的签署人 {command.WorkItemId} (no unsigned signer {command.WorkItemId})", "workItemId");
        }
        if (task.Items.Length == 1)
        {
            Reject(RejectionCode.NotAllowedInState, "至少保留一名签署人 (a task needs at least one signer)", "workItemId");
        }
        Emit(new SignerRemoved { At = Now, Actor = Who, Unit = WhoUnit, Task = task.Id, Item = item.Id });
        var after = _state.Task(task.Id)!;
        if (after.Items.All(i => i.Status == WorkItemStatus.Done))
        {
            var node = (TaskNode)_definition.Node(task.Node);
            FinishTask(after, node.Outcomes[0], ValueMap<string>.Empty, "减签后全部签署完毕 (all remaining signers agreed)", skipped: false);
            return;
        }
        // 依次审批: removing the current signer passes the turn on, so tell the next one.
        foreach (var next in after.Items.Where(i => i.Status == WorkItemStatus.Offered && i.Unit is not null
            && task.Item(i.Id)?.Status == WorkItemStatus.Waiting))
        {
            NotifyUnit(next.Unit!, NotificationKind.Handoff, $"依次审批轮到您: {_definition.Node(task.Node).Name} (your turn to sign)", task.Id);
        }
    }

    private void Skip(SkipTask command)
    {
        var task = OpenTask(command.TaskId);
        var node = _definition.Node(task.Node) as TaskNode;
        if (node is null || !node.Skippable)
        {
            Reject(RejectionCode.NotAllowedInState, $"{NodeName(task.Node)} 不可跳过 (this task cannot be skipped)");
        }
        if (!Supervises)
        {
            ActorItem(task);
        }
        FinishTask(task, node.Outcomes[0], ValueMap<string>.Empty, command.Reason, skipped: true);
    }

    private void CancelOneTask(CancelTask command)
    {
        var task = OpenTask(command.TaskId);
        if (!Supervises && !IsLeadOfficer)
        {
            Reject(RejectionCode.NotYourTask, "只有指挥中心或牵头单位可以撤销任务 (only the command centre or the lead unit may cancel a task)");
        }
        CancelToken(_state.Token(task.Token)!, command.Reason, abandoned: true);
        EndIfNothingLeft(EndResult.Closed, null);
    }

    private void RequireUnit(string unit, string field)
    {
        if (_org.FindUnit(unit) is null)
        {
            Reject(RejectionCode.UnknownUnit, $"组织目录中没有单位 \"{unit}\" (unit \"{unit}\" is not in the org directory)", field);
        }
    }
}
