using System.Collections.Immutable;
using OneMatter.Engine.Definitions;
using OneMatter.Engine.Events;
using OneMatter.Engine.Instances;

namespace OneMatter.Engine.Interpreter;

internal static partial class StateEvolver
{
    private enum ItemChange { Claim, Release, Transfer, Resolve }

    private enum TaskChange { Urge, Supervise, Deadline }

    private static void ApplyTokenMoved(MatterStateBuilder s, TokenMoved moved)
    {
        var index = s.IndexOfToken(moved.Token);
        if (index >= 0)
        {
            var token = s.Tokens[index];
            if (moved.From is not null)
            {
                Record(s, moved.From, moved.At, token.Scope);
            }
            s.Tokens[index] = token with { Node = moved.Node, Scope = moved.Scope };
        }
        else
        {
            if (moved.From is not null)
            {
                Record(s, moved.From, moved.At, moved.Scope);
            }
            s.Tokens.Add(new Token(moved.Token, moved.Node, moved.Scope));
        }
    }

    private static void Record(MatterStateBuilder s, string node, DateTimeOffset at, string scope) =>
        s.Records = s.Records.Add(new NodeRecord { Node = node, At = at, Scope = scope });

    private static void ApplyTokenConsumed(MatterStateBuilder s, TokenConsumed consumed)
    {
        var index = s.IndexOfToken(consumed.Token);
        if (index < 0)
        {
            return;
        }
        var token = s.Tokens[index];
        s.Tokens.RemoveAt(index);
        if (consumed.Abandoned && token.InnermostSplit is { } split)
        {
            CountAbandoned(s, split);
        }
    }

    private static void CountAbandoned(MatterStateBuilder s, string split)
    {
        var index = s.IndexOfJoin(split);
        if (index >= 0)
        {
            s.Joins[index] = s.Joins[index] with { Cancelled = s.Joins[index].Cancelled + 1 };
        }
        CloseSettledJoin(s, split);
    }

    private static void AbandonSplit(MatterStateBuilder s, string split)
    {
        var index = s.IndexOfJoin(split);
        if (index < 0)
        {
            return;
        }
        var join = s.Joins[index];
        s.Joins.RemoveAt(index);
        if (InnermostOf(join.ParentScope) is { } parent)
        {
            CountAbandoned(s, parent);
        }
    }

    /// <summary>A join that fired and heard from every branch has nothing left to do.</summary>
    private static void CloseSettledJoin(MatterStateBuilder s, string split)
    {
        var index = s.IndexOfJoin(split);
        if (index >= 0 && s.Joins[index].Fired && s.Joins[index].Settled)
        {
            s.Joins.RemoveAt(index);
        }
    }

    internal static string? InnermostOf(string scope) =>
        scope.Length == 0 ? null : scope[(scope.LastIndexOf('/') + 1)..];

    private static void ChangeTask(MatterStateBuilder s, string taskId, TaskChange change, string? value)
    {
        var index = s.IndexOfTask(taskId);
        if (index < 0)
        {
            return;
        }
        var task = s.Tasks[index];
        s.Tasks[index] = change switch
        {
            TaskChange.Urge => task with { Urged = task.Urged + 1 },
            TaskChange.Supervise => task with { Supervised = true },
            _ => task with { Deadline = value },
        };
    }

    private static void SetItem(MatterStateBuilder s, string taskId, string itemId, ItemChange change, string? value)
    {
        var index = s.IndexOfTask(taskId);
        if (index < 0)
        {
            return;
        }
        var task = s.Tasks[index];
        var items = task.Items.ToBuilder();
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            if (item.Id != itemId)
            {
                continue;
            }
            items[i] = change switch
            {
                ItemChange.Claim => item with { ClaimedBy = value },
                ItemChange.Release => item with { ClaimedBy = null },
                ItemChange.Transfer => item with { Unit = value, User = null, Role = null, ClaimedBy = null, Delegation = null },
                _ => item.Delegation is null ? item : item with
                {
                    Unit = item.Delegation.OwnerUnit,
                    User = item.Delegation.OwnerUser,
                    ClaimedBy = item.Delegation.OwnerUser,
                    Delegation = null,
                },
            };
        }
        s.Tasks[index] = task with { Items = items.ToImmutable() };
    }

    private static void ApplyWorkItemCompleted(MatterStateBuilder s, WorkItemCompleted done)
    {
        var index = s.IndexOfTask(done.Task);
        if (index < 0)
        {
            return;
        }
        var task = s.Tasks[index];
        var items = task.Items.ToBuilder();
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i].Id == done.Item)
            {
                items[i] = items[i] with { Status = WorkItemStatus.Done, Outcome = done.Outcome, ClaimedBy = done.Actor };
            }
        }
        s.Tasks[index] = OfferNextInSequence(task with { Items = items.ToImmutable() });
    }

    /// <summary>依次审批: the first signer still waiting gets the work once nobody before is open.</summary>
    private static TaskState OfferNextInSequence(TaskState task)
    {
        if (task.Sign != SignMode.Sequential)
        {
            return task;
        }
        var waiting = -1;
        for (var i = 0; i < task.Items.Length; i++)
        {
            if (task.Items[i].Status == WorkItemStatus.Offered)
            {
                return task;
            }
            if (waiting < 0 && task.Items[i].Status == WorkItemStatus.Waiting)
            {
                waiting = i;
            }
        }
        return waiting < 0 ? task : task with { Items = task.Items.SetItem(waiting, task.Items[waiting] with { Status = WorkItemStatus.Offered }) };
    }

    private static void ApplyTaskCompleted(MatterStateBuilder s, TaskCompleted completed)
    {
        var index = s.IndexOfTask(completed.Task);
        if (index < 0)
        {
            return;
        }
        var task = s.Tasks[index];
        s.Tasks.RemoveAt(index);
        var token = s.IndexOfToken(task.Token);
        s.Records = s.Records.Add(new NodeRecord
        {
            Node = task.Node,
            Task = task.Id,
            Outcome = completed.Outcome,
            Fields = completed.Fields,
            Unit = completed.Unit,
            By = completed.Actor,
            At = completed.At,
            Scope = token < 0 ? "" : s.Tokens[token].Scope,
        });
    }
}
