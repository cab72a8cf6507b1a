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
            case DrawNode draw:
                Draw(token, draw);
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

}
