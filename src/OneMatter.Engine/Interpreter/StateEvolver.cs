using OneMatter.Engine.Definitions;
using OneMatter.Engine.Events;
using OneMatter.Engine.Instances;

namespace OneMatter.Engine.Interpreter;

/// <summary>
/// Applies one event to the working state. The only place state changes, used both while a
/// command is decided and when events are replayed, which is what makes replay exact. Pure
/// bookkeeping: no decisions, no calendar, no expressions. Each case is its own method without
/// lambdas, because this runs for every event and a captured variable would allocate each time.
/// </summary>
internal static partial class StateEvolver
{
    public static void Apply(MatterStateBuilder s, MatterEvent e)
    {
        s.Version++;
        switch (e)
        {
            case MatterStarted started: Started(s, started); break;
            case MatterEnded ended: Ended(s, ended); break;
            case TokenMoved moved: ApplyTokenMoved(s, moved); break;
            case TokenConsumed consumed: ApplyTokenConsumed(s, consumed); break;
            case TaskCreated created: TaskCreated(s, created); break;
            case TaskClaimed claimed: SetItem(s, claimed.Task, claimed.Item, ItemChange.Claim, claimed.Actor); break;
            case TaskReleased released: SetItem(s, released.Task, released.Item, ItemChange.Release, null); break;
            case WorkItemCompleted done: ApplyWorkItemCompleted(s, done); break;
            case TaskCompleted completed: ApplyTaskCompleted(s, completed); break;
            case TaskCancelled cancelled: s.RemoveTask(cancelled.Task); break;
            case TaskReturned returned: Returned(s, returned); break;
            case TaskTransferred transferred: SetItem(s, transferred.Task, transferred.Item, ItemChange.Transfer, transferred.ToUnit); break;
            case TaskDelegated delegated: Delegated(s, delegated); break;
            case DelegationResolved resolved: SetItem(s, resolved.Task, resolved.Item, ItemChange.Resolve, null); break;
            case SignerAdded added: SignerAdded(s, added); break;
            case SignerRemoved removed: SignerRemoved(s, removed); break;
            case TaskUrged urged: ChangeTask(s, urged.Task, TaskChange.Urge, null); break;
            case TaskSupervised supervised: ChangeTask(s, supervised.Task, TaskChange.Supervise, null); break;
            case SplitOpened split: SplitOpened(s, split); break;
            case JoinArrived arrived: JoinArrived(s, arrived); break;
            case SplitAbandoned abandoned: AbandonSplit(s, abandoned.Split); break;
            case JoinFired fired: JoinFired(s, fired); break;
            case DecisionTaken: break;
            case TimerStarted started: s.Timers.Add(started.Timer); break;
            case TimerElapsed elapsed: s.RemoveTimer(elapsed.Timer); break;
            case TimerCancelled cancelled: s.RemoveTimer(cancelled.Timer); break;
            case DeadlineSet set: DeadlineSet(s, set); break;
            case DeadlineCleared cleared: s.RemoveDeadline(cleared.Deadline); s.RemoveTimersOf(cleared.Deadline); break;
            case DeadlineEscalated escalated: Escalated(s, escalated); break;
            case ClockPaused paused: Paused(s, paused); break;
            case ClockResumed resumed: Resumed(s, resumed); break;
            case MaterialsCorrected corrected: Corrected(s, corrected); break;
            case DocumentIssued issued: s.Documents.Add(issued.Number); break;
            case NotificationSent: break;
            case CommentAdded: break;
            case FilesAttached: break;
            case CallStarted call: s.Calls.Add(new CallState(call.Child, call.Node, call.Token)); break;
            case CallReturned returned: RemoveCall(s, returned.Child); break;
            case CallWithdrawn withdrawn: RemoveCall(s, withdrawn.Child); break;
            case DrawMade made: ApplyDrawMade(s, made); break;
            default: throw new InvalidOperationException($"No evolution for event {e.GetType().Name}.");
        }
    }

    private static void Started(MatterStateBuilder s, MatterStarted started)
    {
        s.Header = new MatterHeader
        {
            InstanceId = started.InstanceId,
            DefinitionId = started.DefinitionId,
            DefinitionVersion = started.DefinitionVersion,
            Applicant = started.Applicant,
            QueryCode = started.QueryCode,
            Jurisdiction = started.Jurisdiction,
            LeadUnit = started.LeadUnit,
            Parent = started.Parent,
            StartedAt = started.At,
        };
        s.Status = MatterStatus.Running;
        s.Form = started.Form;
    }

    private static void Ended(MatterStateBuilder s, MatterEnded ended)
    {
        s.Status = MatterStatus.Ended;
        s.Result = ended.Result;
        s.EndedAt = ended.At;
        s.Tokens.Clear();
        s.Joins.Clear();
    }

    private static void TaskCreated(MatterStateBuilder s, TaskCreated created) =>
        s.Tasks.Add(new TaskState
        {
            Id = created.Task,
            Node = created.Node,
            Token = created.Token,
            Sign = created.Sign,
            ForApplicant = created.ForApplicant,
            Items = created.Items,
            CreatedAt = created.At,
            Deadline = created.Deadline,
        });

    private static void Returned(MatterStateBuilder s, TaskReturned returned)
    {
        // Leaving a parallel section voids the splits opened inside it.
        if (!returned.LeavesParallel)
        {
            return;
        }
        for (var i = s.Joins.Count - 1; i >= 0; i--)
        {
            if (Scopes.IsWithin(s.Joins[i].ParentScope, returned.Scope))
            {
                s.Joins.RemoveAt(i);
            }
        }
    }

    private static void Delegated(MatterStateBuilder s, TaskDelegated delegated)
    {
        var index = s.IndexOfTask(delegated.Task);
        if (index < 0)
        {
            return;
        }
        var task = s.Tasks[index];
        var items = task.Items.ToBuilder();
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i].Id == delegated.Item)
            {
                items[i] = items[i] with
                {
                    Delegation = new Delegation(items[i].Unit ?? "", delegated.Actor),
                    Unit = delegated.ToUnit,
                    User = delegated.ToUser,
                    Role = null,
                    ClaimedBy = null,
                };
            }
        }
        s.Tasks[index] = task with { Items = items.ToImmutable() };
    }

    private static void SignerAdded(MatterStateBuilder s, SignerAdded added)
    {
        var index = s.IndexOfTask(added.Task);
        if (index >= 0)
        {
            var task = s.Tasks[index];
            s.Tasks[index] = task with { Items = task.Items.Add(added.Item), Sign = task.Sign == SignMode.Single ? SignMode.All : task.Sign };
        }
    }

    private static void SignerRemoved(MatterStateBuilder s, SignerRemoved removed)
    {
        var index = s.IndexOfTask(removed.Task);
        if (index < 0)
        {
            return;
        }
        var task = s.Tasks[index];
        var items = task.Items.ToBuilder();
        for (var i = items.Count - 1; i >= 0; i--)
        {
            if (items[i].Id == removed.Item)
            {
                items.RemoveAt(i);
            }
        }
        s.Tasks[index] = OfferNextInSequence(task with { Items = items.ToImmutable() });
    }

    private static void SplitOpened(MatterStateBuilder s, SplitOpened split)
    {
        s.RemoveToken(split.Token);
        if (split.JoinNode is not null)
        {
            s.Joins.Add(new JoinState { Split = split.Split, JoinNode = split.JoinNode, ParentScope = split.Scope, Expected = split.Branches });
        }
    }

    private static void JoinArrived(MatterStateBuilder s, JoinArrived arrived)
    {
        s.RemoveToken(arrived.Token);
        var index = s.IndexOfJoin(arrived.Split);
        if (index >= 0)
        {
            s.Joins[index] = s.Joins[index] with { Arrived = s.Joins[index].Arrived + 1 };
        }
        CloseSettledJoin(s, arrived.Split);
    }

    private static void JoinFired(MatterStateBuilder s, JoinFired fired)
    {
        var index = s.IndexOfJoin(fired.Split);
        if (index >= 0)
        {
            s.Joins[index] = s.Joins[index] with { Fired = true };
        }
        CloseSettledJoin(s, fired.Split);
    }

    private static void DeadlineSet(MatterStateBuilder s, DeadlineSet set)
    {
        s.Deadlines.Add(new DeadlineState
        {
            Id = set.Deadline,
            Task = set.Task,
            Start = set.Start,
            CountingSince = set.Start,
            Due = set.Due,
            Span = set.Span,
            Working = set.Working,
            Estimated = set.Estimated,
        });
        if (set.Alert is not null)
        {
            s.Timers.Add(set.Alert);
        }
        // Tasks name their deadline when created; older logs set it here.
        if (set.Task is not null && s.IndexOfTask(set.Task) is var index and >= 0 && s.Tasks[index].Deadline != set.Deadline)
        {
            ChangeTask(s, set.Task, TaskChange.Deadline, set.Deadline);
        }
    }

    private static void Escalated(MatterStateBuilder s, DeadlineEscalated escalated)
    {
        var index = s.IndexOfDeadline(escalated.Deadline);
        if (index < 0)
        {
            return;
        }
        var d = s.Deadlines[index];
        s.Deadlines[index] = d with
        {
            Fired = d.Fired | (1 << escalated.Rule),
            Warned = d.Warned || escalated.Action == EscalationAction.Warn,
            Overdue = d.Overdue || escalated.Action is EscalationAction.Overdue or EscalationAction.Supervise,
        };
    }

    private static void Paused(MatterStateBuilder s, ClockPaused paused)
    {
        var index = s.IndexOfDeadline(paused.Deadline);
        if (index >= 0)
        {
            s.Deadlines[index] = s.Deadlines[index] with { PausedRemaining = paused.Remaining, Consumed = paused.Consumed };
        }
        s.RemoveTimersOf(paused.Deadline);
    }

    private static void Resumed(MatterStateBuilder s, ClockResumed resumed)
    {
        var index = s.IndexOfDeadline(resumed.Deadline);
        if (index >= 0)
        {
            var d = s.Deadlines[index];
            s.Deadlines[index] = d with { PausedRemaining = null, CountingSince = resumed.At, Due = resumed.Due, Estimated = d.Estimated || resumed.Estimated };
        }
        if (resumed.Alert is not null)
        {
            s.Timers.Add(resumed.Alert);
        }
    }

    private static void Corrected(MatterStateBuilder s, MaterialsCorrected corrected)
    {
        var form = s.Form;
        foreach (var (key, value) in corrected.Changes)
        {
            form = value.Length == 0 ? form.Remove(key) : form.SetItem(key, value);
        }
        s.Form = form;
    }

    private static void RemoveCall(MatterStateBuilder s, string child)
    {
        for (var i = 0; i < s.Calls.Count; i++)
        {
            if (s.Calls[i].Child == child)
            {
                s.Calls.RemoveAt(i);
                return;
            }
        }
    }
}
