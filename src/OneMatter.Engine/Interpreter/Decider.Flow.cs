using System.Collections.Immutable;
using System.Globalization;
using OneMatter.Engine.Definitions;
using OneMatter.Engine.Effects;
using OneMatter.Engine.Events;
using OneMatter.Engine.Instances;

namespace OneMatter.Engine.Interpreter;

/// <summary>Moving tokens through the graph: automatic nodes run at once, waiting nodes
/// (tasks, timers, calls) stop the token until a command moves it on.</summary>
internal sealed partial class Decider
{
    /// <summary>Moves a token to a node and runs every token that can move.</summary>
    private void Move(Token token, string next, string? from)
    {
        Emit(new TokenMoved { At = Now, Actor = Who, Unit = WhoUnit, Token = token.Id, Node = next, Scope = token.Scope, From = from });
        _runnable.Enqueue(token.Id);
    }

    /// <summary>Creates a token at a node in a scope and queues it.</summary>
    private void Spawn(string node, string scope, string? from)
    {
        var id = NextId("k");
        Emit(new TokenMoved { At = Now, Actor = Who, Unit = WhoUnit, Token = id, Node = node, Scope = scope, From = from });
        _runnable.Enqueue(id);
    }

    /// <summary>Runs queued tokens until each waits or ends.</summary>
    private void Run()
    {
        while (_runnable.Count > 0 && _state.Status == MatterStatus.Running)
        {
            var token = _state.Token(_runnable.Dequeue());
            if (token is null)
            {
                continue;
            }
            if (++_steps > MaxStepsPerCommand)
            {
                Reject(RejectionCode.NotAllowedInState,
                    $"事项在自动节点间无限循环 (the matter loops through automatic nodes without waiting, last at {NodeName(token.Node)})");
            }
            Enter(token, _definition.Node(token.Node));
        }
    }

    private void Enter(Token token, Node node)
    {
        switch (node)
        {
            case TaskNode task:
                CreateTask(token, task);
                break;
            case ApplicantTaskNode applicantTask:
                CreateApplicantTask(token, applicantTask);
                break;
            case ParallelNode parallel:
                Split(token, parallel);
                break;
            case JoinNode join:
                Arrive(token, join);
                break;
            case DecisionNode decision:
                Decide(token, decision);
                break;
            case TimerNode timer:
                Wait(token, timer);
                break;
            case DocumentNode document:
                Issue(document.Document, document.Id);
                Move(token, document.Next, document.Id);
                break;
            case NotifyNode notify:
                SendNotification(notify);
                Move(token, notify.Next, notify.Id);
                break;
            case CallNode call:
                StartCall(token, call);
                break;
            case EndNode end:
                ReachEnd(token, end);
                break;
            default:
                throw new InvalidOperationException($"Unknown node kind {node.GetType().Name}.");
        }
    }

    private void Split(Token token, ParallelNode parallel)
    {
        var started = new List<string>();
        foreach (var branch in parallel.Branches)
        {
            if (branch.When is null || IsTrue(branch.When, new What("branch {0} of {1}", branch.Node, parallel.Id)))
            {
                started.Add(branch.Node);
            }
        }
        if (started.Count == 0)
        {
            // A multi-choice where no condition holds: nothing to do in parallel, go on.
            if (parallel.Join is not null && _definition.Node(parallel.Join) is JoinNode join)
            {
                Move(token, join.Next, parallel.Id);
            }
            else
            {
                Consume(token, abandoned: true);
            }
            return;
        }
        var split = NextId("s");
        Emit(new SplitOpened
        {
            At = Now, Actor = Who, Unit = WhoUnit, Split = split, Node = parallel.Id, JoinNode = parallel.Join,
            Token = token.Id, Scope = token.Scope, Branches = started.Count,
        });
        var scope = parallel.Join is null ? token.Scope : Scopes.Enter(token.Scope, split);
        foreach (var branch in started)
        {
            Spawn(branch, scope, null);
        }
    }

    private void Arrive(Token token, JoinNode node)
    {
        var split = token.InnermostSplit;
        var join = split is null ? null : _state.Join(split);
        if (join is null || join.JoinNode != node.Id)
        {
            // Not closing a split of this token: a simple merge.
            Move(token, node.Next, node.Id);
            return;
        }
        Emit(new JoinArrived { At = Now, Actor = Who, Unit = WhoUnit, Split = join.Split, Token = token.Id });
        CheckJoin(join.Split);
        // A late arrival at a join that has fired ends its path: if the way on from the join has
        // been cancelled meanwhile, nothing is left to do.
        EndIfNothingLeft(EndResult.Closed, null);
    }

    /// <summary>Fires a join whose condition now holds, or abandons a split that can no longer
    /// fire (then its enclosing join stops waiting for it).</summary>
    private void CheckJoin(string split)
    {
        var join = _state.Join(split);
        if (join is null || join.Fired)
        {
            return;
        }
        var node = (JoinNode)_definition.Node(join.JoinNode);
        var fire = node.Mode switch
        {
            JoinMode.Any => join.Arrived >= 1,
            JoinMode.Count => join.Arrived >= node.Count,
            _ => join.Settled && join.Arrived > 0,
        };
        if (fire)
        {
            Emit(new JoinFired { At = Now, Actor = Who, Unit = WhoUnit, Split = split, Node = node.Id });
            if (node.CancelRemaining)
            {
                WithdrawBranches(Scopes.Enter(join.ParentScope, split));
            }
            Spawn(node.Next, join.ParentScope, node.Id);
        }
        else if (join.Settled)
        {
            Emit(new SplitAbandoned { At = Now, Actor = Who, Unit = WhoUnit, Split = split });
            if (StateEvolver.InnermostOf(join.ParentScope) is { } parent)
            {
                CheckJoin(parent);
            }
            EndIfNothingLeft(EndResult.Closed, null);
        }
    }

    /// <summary>
    /// Cancel-remaining: withdraws everything still running inside a fired split. A token whose
    /// own join has fired counts as an ended branch there, so that join's bookkeeping closes; a
    /// split opened inside that has not fired is abandoned, deepest first, and counts as an ended
    /// branch of the split around it. Counting at a fired join never fires anything.
    /// </summary>
    private void WithdrawBranches(string inner)
    {
        foreach (var token in _state.Tokens.Where(t => Scopes.IsWithin(t.Scope, inner)).ToList())
        {
            var counts = token.InnermostSplit is { } own && _state.Join(own) is { Fired: true };
            CancelToken(token, "汇总已完成, 其余分支撤销 (the join has fired; remaining branches withdrawn)", abandoned: counts);
        }
        foreach (var nested in _state.Joins.Where(j => !j.Fired && Scopes.IsWithin(j.ParentScope, inner))
            .OrderByDescending(j => j.ParentScope.Length).ToList())
        {
            Emit(new SplitAbandoned { At = Now, Actor = Who, Unit = WhoUnit, Split = nested.Split });
        }
    }

    private void Decide(Token token, DecisionNode decision)
    {
        for (var i = 0; i < decision.Conditions.Count; i++)
        {
            var branch = decision.Conditions[i];
            if (IsTrue(branch.When, new What("condition {0} of {1}", (i + 1).ToString(CultureInfo.InvariantCulture), decision.Id)))
            {
                Emit(new DecisionTaken { At = Now, Actor = Who, Unit = WhoUnit, Node = decision.Id, Condition = i, Next = branch.Next });
                Move(token, branch.Next, decision.Id);
                return;
            }
        }
        Emit(new DecisionTaken { At = Now, Actor = Who, Unit = WhoUnit, Node = decision.Id, Condition = -1, Next = decision.Default });
        Move(token, decision.Default, decision.Id);
    }

    private void Wait(Token token, TimerNode timer)
    {
        DateTimeOffset due;
        if (timer.Duration is { } duration)
        {
            due = _calendar.Add(Now, duration).At;
        }
        else
        {
            due = UntilInstant(timer);
        }
        if (due <= Now)
        {
            Move(token, timer.Next, timer.Id);
            return;
        }
        StartTimer(new TimerState { Id = NextId("tm"), Kind = TimerKind.Node, Due = due, Token = token.Id });
    }

    private DateTimeOffset UntilInstant(TimerNode timer)
    {
        var value = Evaluate(timer.Until!, new What("until of {1}", "", timer.Id));
        switch (value)
        {
            case DateTimeOffset instant:
                return instant.ToUniversalTime();
            case DateTime dateTime:
                return new DateTimeOffset(DateTime.SpecifyKind(dateTime, DateTimeKind.Utc));
            case string text when DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date):
                return LocalMidnight(date);
            case string text when DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed):
                return parsed.ToUniversalTime();
            default:
                Reject(RejectionCode.ExpressionFailed,
                    $"until of {NodeName(timer.Id)} must give a date (yyyy-MM-dd) or a date-time, gave \"{value}\"");
                return default;
        }
    }

    private DateTimeOffset LocalMidnight(DateOnly date)
    {
        var midnight = date.ToDateTime(TimeOnly.MinValue);
        var offset = _calendar.ToLocal(new DateTimeOffset(midnight, TimeSpan.Zero)).Offset;
        return new DateTimeOffset(midnight, offset).ToUniversalTime();
    }

    private void Issue(string documentId, string node)
    {
        var document = _definition.Documents[documentId];
        var number = _state.InstanceId + "-D" + (_state.Version + 1).ToString(CultureInfo.InvariantCulture);
        Emit(new DocumentIssued { At = Now, Actor = Who, Unit = WhoUnit, Number = number, Document = document.Id, Template = document.Template, Node = node });
        Effect(new RenderDocument { InstanceId = InstanceId, Number = number, Document = document.Id, Template = document.Template });
    }

    private void SendNotification(NotifyNode notify)
    {
        string message;
        try
        {
            message = notify.Message.Render(Scope(), htmlEscape: false);
        }
        catch (Expressions.ExpressionEvaluationException ex)
        {
            Reject(RejectionCode.ExpressionFailed, $"message of {NodeName(notify.Id)}: {ex.Message}");
            return;
        }
        var (kind, to) = notify.To switch
        {
            "applicant" => (RecipientKind.Applicant, _state.Applicant),
            "lead" => (RecipientKind.Unit, _state.LeadUnit),
            "command-centre" => (RecipientKind.Unit, CommandCentre()),
            var unit => (RecipientKind.Unit, unit),
        };
        Emit(new NotificationSent { At = Now, Actor = Who, Unit = WhoUnit, Node = notify.Id, To = to ?? notify.To, Message = message });
        if (to is not null)
        {
            Effect(new Notify { InstanceId = InstanceId, Recipient = kind, To = to, Kind = NotificationKind.Message, Message = message });
        }
    }

    private void StartCall(Token token, CallNode call)
    {
        var inputs = new List<KeyValuePair<string, string>>();
        foreach (var (field, expression) in call.Inputs)
        {
            var value = Evaluate(new Condition { Expression = expression }, new What("input {0} of {1}", field, call.Id));
            if (value is not null)
            {
                inputs.Add(new(field, Convert.ToString(value, CultureInfo.InvariantCulture) ?? ""));
            }
        }
        var child = _state.InstanceId + "-" + call.Id + "-" + (_state.Version + 1).ToString(CultureInfo.InvariantCulture);
        var form = ValueMap<string>.From(inputs);
        Emit(new CallStarted { At = Now, Actor = Who, Unit = WhoUnit, Child = child, Matter = call.Matter, Node = call.Id, Token = token.Id, Inputs = form });
        Effect(new StartChildMatter { InstanceId = InstanceId, ChildInstanceId = child, Matter = call.Matter, Form = form });
    }

    private void ReachEnd(Token token, EndNode end)
    {
        if (end.Terminate)
        {
            EndMatter(end.Result, end.Id, null);
            return;
        }
        Consume(token, abandoned: true);
        EndIfNothingLeft(end.Result, end.Id);
    }

    /// <summary>Implicit termination: with no token left, the matter is over.</summary>
    private void EndIfNothingLeft(EndResult result, string? node)
    {
        if (_state.Status == MatterStatus.Running && _state.Tokens.Count == 0)
        {
            EndMatter(result, node, null);
        }
    }

    private void Consume(Token token, bool abandoned)
    {
        Emit(new TokenConsumed { At = Now, Actor = Who, Unit = WhoUnit, Token = token.Id, Abandoned = abandoned });
        if (abandoned && token.InnermostSplit is { } split)
        {
            CheckJoin(split);
        }
    }

    /// <summary>Ends the matter: everything open is cancelled first, so no task outlives it.</summary>
    private void EndMatter(EndResult result, string? node, string? reason)
    {
        foreach (var task in _state.Tasks.ToList())
        {
            // The clock is not resumed for a matter that is ending anyway.
            CloseTask(task, "事项已办结 (the matter has ended)", resumeClock: false);
        }
        foreach (var deadline in _state.Deadlines.ToList())
        {
            ClearDeadline(deadline);
        }
        foreach (var timer in _state.Timers.ToList())
        {
            CancelTimerById(timer.Id);
        }
        foreach (var call in _state.Calls.ToList())
        {
            WithdrawCall(call);
        }
        Emit(new MatterEnded { At = Now, Actor = Who, Unit = WhoUnit, Result = result, Node = node, Reason = reason });
        NotifyApplicant(NotificationKind.Status, $"事项已办结: {result} (the matter has ended: {result})");
        if (_state.Parent is { } parent)
        {
            Effect(new ReportToParent { InstanceId = InstanceId, ParentInstanceId = parent, Result = result });
        }
    }
}
