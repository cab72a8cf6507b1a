using System.Collections.Immutable;
using System.Globalization;
using OneMatter.Engine.Commands;
using OneMatter.Engine.Definitions;
using OneMatter.Engine.Effects;
using OneMatter.Engine.Events;
using OneMatter.Engine.Forms;
using OneMatter.Engine.Instances;
using OneMatter.Engine.Loading;

namespace OneMatter.Engine.Interpreter;

/// <summary>Starting, correcting, withdrawing and supervising a matter.</summary>
internal sealed partial class Decider
{
    private void Start(StartMatter command)
    {
        if (_actor.Kind is ActorKind.Designer or ActorKind.Supervisor)
        {
            Reject(RejectionCode.NotYourTask, "申请须由申请人或窗口人员提交 (an application is made by an applicant or a service-window officer)");
        }
        if (string.IsNullOrWhiteSpace(command.InstanceId))
        {
            Reject(RejectionCode.InvalidField, "缺少事项编号 (an instance id is required)", "instanceId");
        }
        var (form, errors) = FormValidator.Validate(_definition.Form, command.Form, _org);
        if (errors.Count > 0)
        {
            RejectFields(errors);
        }
        var applicant = command.Applicant ?? (_actor.Kind == ActorKind.Applicant ? _actor.Id : null);
        // The place is needed before MatterStarted (it is part of it), so evaluate it against a
        // scope holding just the form.
        _state.Form = form;
        _state.Header = MatterHeader.None with { InstanceId = command.InstanceId, DefinitionId = _definition.Id };
        string? place = null;
        if (_definition.Jurisdiction is { } jurisdiction)
        {
            place = Convert.ToString(Evaluate(jurisdiction, new What("jurisdiction of the matter", "", null)), CultureInfo.InvariantCulture);
        }
        var lead = _org.FindUnit(_definition.Lead)?.Id
            ?? (place is null ? null : _org.Resolve(_definition.Lead, place)?.Id);
        Emit(new MatterStarted
        {
            At = Now, Actor = Who, Unit = WhoUnit, InstanceId = command.InstanceId, DefinitionId = _definition.Id,
            DefinitionVersion = _definition.Version, Applicant = applicant, QueryCode = command.QueryCode,
            Jurisdiction = place, LeadUnit = lead, Parent = command.Parent, Form = form,
        });
        if (_definition.Deadline is { } limit)
        {
            SetDeadline(null, limit);
        }
        Spawn(_definition.Start, "", null);
    }

    private bool IsOwnApplicant => _actor.Kind == ActorKind.Applicant && _state.Applicant is not null && _actor.Id == _state.Applicant;

    private void Correct(CorrectMaterials command)
    {
        var task = OpenTask(command.TaskId);
        if (!task.ForApplicant)
        {
            Reject(RejectionCode.NotAllowedInState, $"{NodeName(task.Node)} 不是补正环节 (not a correction step)");
        }
        if (!IsOwnApplicant && _actor.Kind != ActorKind.System)
        {
            Reject(RejectionCode.NotYourTask, "只有申请人本人可以补正 (only the applicant may correct the materials)");
        }
        var node = (ApplicantTaskNode)_definition.Node(task.Node);
        foreach (var key in command.Changes.Keys)
        {
            if (node.Fields.Count > 0 && !node.Fields.Contains(key))
            {
                Reject(RejectionCode.InvalidField, $"本次补正不能修改 \"{key}\" (this correction may change only: {string.Join(", ", node.Fields)})", key);
            }
        }
        var merged = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var (key, value) in _state.Form)
        {
            merged[key] = value;
        }
        foreach (var (key, value) in command.Changes)
        {
            merged[key] = value;
        }
        var (form, errors) = FormValidator.Validate(_definition.Form, merged, _org);
        if (errors.Count > 0)
        {
            RejectFields(errors);
        }
        var changes = ValueMap<string>.From(command.Changes.Keys.Select(key => new KeyValuePair<string, string>(key, form.GetValueOrDefault(key, ""))));
        Emit(new MaterialsCorrected { At = Now, Actor = Who, Unit = WhoUnit, Task = task.Id, Changes = changes });
        Emit(new TaskCompleted { At = Now, Actor = Who, Unit = WhoUnit, Task = task.Id, Node = task.Node, Outcome = "submitted" });
        StopTaskClock(task);
        Move(_state.Token(task.Token)!, node.Next, null);
    }

    private void Withdraw(WithdrawMatter command)
    {
        RequireRunning();
        if (!IsOwnApplicant && _actor.Kind != ActorKind.Admin)
        {
            Reject(RejectionCode.NotYourTask, "只有申请人本人可以撤回 (only the applicant may withdraw)");
        }
        EndMatter(EndResult.Withdrawn, null, command.Reason ?? "申请人撤回 (withdrawn by the applicant)");
    }

    private void CancelWhole(CancelMatter command)
    {
        RequireRunning();
        if (!Supervises && !IsLeadOfficer)
        {
            Reject(RejectionCode.NotYourTask, "只有指挥中心或牵头单位可以关闭事项 (only the command centre or the lead unit may close a matter)");
        }
        EndMatter(EndResult.Closed, null, command.Reason);
    }

    private void Urge(UrgeTask command)
    {
        var task = OpenTask(command.TaskId);
        if (!Supervises && !IsLeadOfficer)
        {
            Reject(RejectionCode.NotYourTask, "只有指挥中心或牵头单位可以催办 (only the command centre or the lead unit may urge)");
        }
        Emit(new TaskUrged { At = Now, Actor = Who, Unit = WhoUnit, Task = task.Id, Message = command.Message });
        if (task.ForApplicant)
        {
            NotifyApplicant(NotificationKind.Urge, $"请尽快补正: {_definition.Node(task.Node).Name} {command.Message}");
        }
        foreach (var unit in HolderUnits(task))
        {
            NotifyUnit(unit, NotificationKind.Urge, $"催办: {_definition.Node(task.Node).Name} {command.Message}", task.Id);
        }
    }

    private void Supervise(SuperviseTask command)
    {
        var task = OpenTask(command.TaskId);
        if (!Supervises)
        {
            Reject(RejectionCode.NotYourTask, "只有指挥中心可以督办 (only a command-centre supervisor may open supervision)");
        }
        if (command.Document is { } document && !_definition.Documents.ContainsKey(document))
        {
            Reject(RejectionCode.InvalidField,
                $"事项未定义文书 \"{document}\" (the matter declares no document \"{document}\"{Suggest.DidYouMean(document, _definition.Documents.Keys)})", "document");
        }
        Emit(new TaskSupervised { At = Now, Actor = Who, Unit = WhoUnit, Task = task.Id, Message = command.Message, By = _actor.Unit });
        if (command.Document is { } issued)
        {
            Issue(issued, task.Node, task.Id);
        }
        foreach (var unit in HolderUnits(task))
        {
            NotifyUnit(unit, NotificationKind.Supervision, $"督办: {_definition.Node(task.Node).Name} {command.Message}", task.Id);
        }
    }

    private static IEnumerable<string> HolderUnits(TaskState task) =>
        task.Items.Where(i => i.Status != WorkItemStatus.Done && i.Unit is not null).Select(i => i.Unit!).Distinct();

    private void Comment(CommentOnMatter command)
    {
        if (string.IsNullOrWhiteSpace(command.Text))
        {
            Reject(RejectionCode.InvalidField, "意见不能为空 (the comment is empty)", "text");
        }
        if (command.TaskId is not null)
        {
            OpenTask(command.TaskId);
        }
        var involved = IsOwnApplicant || Supervises || IsLeadOfficer
            || _state.Tasks.Any(t => t.Items.Any(i => i.Unit is not null && i.Unit == _actor.Unit));
        if (!involved)
        {
            Reject(RejectionCode.NotYourTask, "您未参与该事项 (you are not involved in this matter)");
        }
        Emit(new CommentAdded { At = Now, Actor = Who, Unit = WhoUnit, Task = command.TaskId, Text = command.Text, Attachments = [.. command.Attachments] });
    }

    private CommandStatus ReturnFromCall(CompleteCall command)
    {
        if (_actor.Kind is not (ActorKind.System or ActorKind.Admin))
        {
            Reject(RejectionCode.NotYourTask, "子事项结果只能由系统报告 (only the system reports a child matter's result)");
        }
        var call = _state.Calls.FirstOrDefault(c => c.Child == command.ChildInstanceId);
        if (_state.Status != MatterStatus.Running || call is null || _state.Token(call.Token) is not { } token)
        {
            IgnoredBecause = $"没有等待子事项 {command.ChildInstanceId} 的调用 (no call is waiting for {command.ChildInstanceId})";
            return CommandStatus.Ignored;
        }
        var node = (CallNode)_definition.Node(call.Node);
        var next = node.Results.TryGetValue(command.Result, out var chosen) ? chosen : node.Next;
        if (next is null)
        {
            Reject(RejectionCode.NotAllowedInState, $"{NodeName(node.Id)} 没有处理结果 {command.Result} 的去向 (no way on for result {command.Result})");
        }
        Emit(new CallReturned { At = Now, Actor = Who, Unit = WhoUnit, Child = command.ChildInstanceId, Result = command.Result });
        Move(token, next, node.Id);
        return CommandStatus.Applied;
    }

    /// <summary>Runs one command to completion (tokens included).</summary>
    public CommandStatus Execute(MatterCommand command)
    {
        var status = CommandStatus.Applied;
        switch (command)
        {
            case StartMatter start: Start(start); break;
            case ClaimTask claim: Claim(claim); break;
            case ReleaseTask release: Release(release); break;
            case CompleteTask complete: Complete(complete); break;
            case ReturnTask back: Return(back); break;
            case TransferTask transfer: Transfer(transfer); break;
            case DelegateTask delegation: Delegate(delegation); break;
            case ResolveDelegation resolve: Resolve(resolve); break;
            case Commands.AddSigner add: AddSigner(add); break;
            case Commands.RemoveSigner remove: RemoveSigner(remove); break;
            case SkipTask skip: Skip(skip); break;
            case CancelTask cancel: CancelOneTask(cancel); break;
            case CorrectMaterials correct: Correct(correct); break;
            case WithdrawMatter withdraw: Withdraw(withdraw); break;
            case CancelMatter cancelMatter: CancelWhole(cancelMatter); break;
            case UrgeTask urge: Urge(urge); break;
            case SuperviseTask supervise: Supervise(supervise); break;
            case CommentOnMatter comment: Comment(comment); break;
            case AttachFiles attach: Attach(attach); break;
            case Commands.FireTimer fire: status = FireTimer(fire); break;
            case CompleteCall call: status = ReturnFromCall(call); break;
            default: Reject(RejectionCode.NotAllowedInState, $"unknown command {command.GetType().Name}"); break;
        }
        Run();
        return status;
    }
}
