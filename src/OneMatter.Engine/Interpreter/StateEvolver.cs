using System.Collections.Immutable;
using OneMatter.Engine.Definitions;
using OneMatter.Engine.Events;
using OneMatter.Engine.Instances;

namespace OneMatter.Engine.Interpreter;

/// <summary>
/// Applies one event to the working state. The only place state changes, used both while a
/// command is decided and when events are replayed, which is what makes replay exact. Pure
/// bookkeeping: no decisions, no calendar, no expressions.
/// </summary>
internal static partial class StateEvolver
{
    public static void Apply(MatterStateBuilder s, MatterEvent e)
    {
        s.Version++;
        switch (e)
        {
            case MatterStarted started:
                s.InstanceId = started.InstanceId;
                s.DefinitionId = started.DefinitionId;
                s.DefinitionVersion = started.DefinitionVersion;
                s.Status = MatterStatus.Running;
                s.Applicant = started.Applicant;
                s.QueryCode = started.QueryCode;
                s.Jurisdiction = started.Jurisdiction;
                s.LeadUnit = started.LeadUnit;
                s.Parent = started.Parent;
                s.Form = started.Form;
                s.StartedAt = started.At;
                break;
            case MatterEnded ended:
                s.Status = MatterStatus.Ended;
                s.Result = ended.Result;
                s.EndedAt = ended.At;
                s.Tokens.Clear();
                s.Joins.Clear();
                break;
            case TokenMoved moved:
                ApplyTokenMoved(s, moved);
                break;
            case TokenConsumed consumed:
                ApplyTokenConsumed(s, consumed);
                break;
            case TaskCreated created:
                s.Tasks.Add(new TaskState
                {
                    Id = created.Task,
                    Node = created.Node,
                    Token = created.Token,
                    Sign = created.Sign,
                    ForApplicant = created.ForApplicant,
                    Items = created.Items,
                    CreatedAt = created.At,
                });
                break;
            case TaskClaimed claimed:
                ChangeItem(s, claimed.Task, claimed.Item, i => i with { ClaimedBy = claimed.Actor });
                break;
            case TaskReleased released:
                ChangeItem(s, released.Task, released.Item, i => i with { ClaimedBy = null });
                break;
            case WorkItemCompleted done:
                ApplyWorkItemCompleted(s, done);
                break;
            case TaskCompleted completed:
                ApplyTaskCompleted(s, completed);
                break;
            case TaskCancelled cancelled:
                s.Tasks.RemoveAll(t => t.Id == cancelled.Task);
                break;
            case TaskReturned returned:
                // Splits opened at or inside the scope returned to are void: their joins go.
                if (returned.LeavesParallel)
                {
                    s.Joins.RemoveAll(j => Scopes.IsWithin(j.ParentScope, returned.Scope));
                }
                break;
            case TaskTransferred transferred:
                ChangeItem(s, transferred.Task, transferred.Item,
                    i => i with { Unit = transferred.ToUnit, User = null, Role = null, ClaimedBy = null, Delegation = null });
                break;
            case TaskDelegated delegated:
                ChangeItem(s, delegated.Task, delegated.Item, i => i with
                {
                    Delegation = new Delegation(i.Unit ?? "", delegated.Actor),
                    Unit = delegated.ToUnit,
                    User = delegated.ToUser,
                    Role = null,
                    ClaimedBy = null,
                });
                break;
            case DelegationResolved resolved:
                ChangeItem(s, resolved.Task, resolved.Item, i => i.Delegation is null ? i : i with
                {
                    Unit = i.Delegation.OwnerUnit,
                    User = i.Delegation.OwnerUser,
                    ClaimedBy = i.Delegation.OwnerUser,
                    Delegation = null,
                });
                break;
            case SignerAdded added:
                s.Replace(s.Tasks, t => t.Id == added.Task, t => t with
                {
                    Items = t.Items.Add(added.Item),
                    Sign = t.Sign == SignMode.Single ? SignMode.All : t.Sign,
                });
                break;
            case SignerRemoved removed:
                s.Replace(s.Tasks, t => t.Id == removed.Task, t => OfferNextInSequence(t with
                {
                    Items = t.Items.RemoveAll(i => i.Id == removed.Item),
                }));
                break;
            case TaskUrged urged:
                s.Replace(s.Tasks, t => t.Id == urged.Task, t => t with { Urged = t.Urged + 1 });
                break;
            case TaskSupervised supervised:
                s.Replace(s.Tasks, t => t.Id == supervised.Task, t => t with { Supervised = true });
                break;
            case SplitOpened split:
                s.Tokens.RemoveAll(t => t.Id == split.Token);
                if (split.JoinNode is not null)
                {
                    s.Joins.Add(new JoinState
                    {
                        Split = split.Split,
                        JoinNode = split.JoinNode,
                        ParentScope = split.Scope,
                        Expected = split.Branches,
                    });
                }
                break;
            case JoinArrived arrived:
                s.Tokens.RemoveAll(t => t.Id == arrived.Token);
                s.Replace(s.Joins, j => j.Split == arrived.Split, j => j with { Arrived = j.Arrived + 1 });
                CloseSettledJoin(s, arrived.Split);
                break;
            case SplitAbandoned abandoned:
                AbandonSplit(s, abandoned.Split);
                break;
            case JoinFired fired:
                s.Replace(s.Joins, j => j.Split == fired.Split, j => j with { Fired = true });
                CloseSettledJoin(s, fired.Split);
                break;
            case DecisionTaken:
                break;
            case TimerStarted started:
                s.Timers.Add(started.Timer);
                break;
            case TimerElapsed elapsed:
                s.Timers.RemoveAll(t => t.Id == elapsed.Timer);
                break;
            case TimerCancelled cancelled:
                s.Timers.RemoveAll(t => t.Id == cancelled.Timer);
                break;
            case DeadlineSet set:
                s.Deadlines.Add(new DeadlineState
                {
                    Id = set.Deadline,
                    Task = set.Task,
                    Start = set.Start,
                    Due = set.Due,
                    Working = set.Working,
                    Span = set.Span,
                    Estimated = set.Estimated,
                });
                if (set.Task is not null)
                {
                    s.Replace(s.Tasks, t => t.Id == set.Task, t => t with { Deadline = set.Deadline });
                }
                break;
            case DeadlineCleared cleared:
                s.Deadlines.RemoveAll(d => d.Id == cleared.Deadline);
                break;
            case DeadlineEscalated escalated:
                s.Replace(s.Deadlines, d => d.Id == escalated.Deadline, d => d with
                {
                    Fired = d.Fired | (1 << escalated.Rule),
                    Warned = d.Warned || escalated.Action == EscalationAction.Warn,
                    Overdue = d.Overdue || escalated.Action is EscalationAction.Overdue or EscalationAction.Supervise,
                });
                break;
            case ClockPaused paused:
                s.Replace(s.Deadlines, d => d.Id == paused.Deadline, d => d with { PausedRemaining = paused.Remaining });
                break;
            case ClockResumed resumed:
                s.Replace(s.Deadlines, d => d.Id == resumed.Deadline, d => d with
                {
                    PausedRemaining = null,
                    Due = resumed.Due,
                    Estimated = d.Estimated || resumed.Estimated,
                });
                break;
            case MaterialsCorrected corrected:
                var form = s.Form.ToBuilder();
                foreach (var (key, value) in corrected.Changes)
                {
                    if (value.Length == 0)
                    {
                        form.Remove(key);
                    }
                    else
                    {
                        form[key] = value;
                    }
                }
                s.Form = form.ToImmutable();
                break;
            case DocumentIssued issued:
                s.Documents.Add(issued.Number);
                break;
            case NotificationSent:
                break;
            case CommentAdded:
                break;
            case CallStarted call:
                s.Calls.Add(new CallState(call.Child, call.Node, call.Token));
                break;
            case CallReturned returned:
                s.Calls.RemoveAll(c => c.Child == returned.Child);
                break;
            default:
                throw new InvalidOperationException($"No evolution for event {e.GetType().Name}.");
        }
    }
}
