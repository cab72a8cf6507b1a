using System.Collections.Immutable;
using OneMatter.Engine.Definitions;
using OneMatter.Engine.Events;
using OneMatter.Engine.Instances;

namespace OneMatter.Engine.Interpreter;

internal static partial class StateEvolver
{
    private static void ApplyTokenMoved(MatterStateBuilder s, TokenMoved moved)
    {
        var index = s.Tokens.FindIndex(t => t.Id == moved.Token);
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
            s.Tokens.Add(new Token(moved.Token, moved.Node, moved.Scope));
        }
    }

    private static void Record(MatterStateBuilder s, string node, DateTimeOffset at, string scope) =>
        s.Records = s.Records.SetItem(node, new NodeRecord { Node = node, At = at, Scope = scope });

    private static void ApplyTokenConsumed(MatterStateBuilder s, TokenConsumed consumed)
    {
        var token = s.Token(consumed.Token);
        if (token is null)
        {
            return;
        }
        s.Tokens.Remove(token);
        if (consumed.Abandoned && token.InnermostSplit is { } split)
        {
            CountAbandoned(s, split);
        }
    }

    private static void CountAbandoned(MatterStateBuilder s, string split)
    {
        s.Replace(s.Joins, j => j.Split == split, j => j with { Cancelled = j.Cancelled + 1 });
        CloseSettledJoin(s, split);
    }

    private static void AbandonSplit(MatterStateBuilder s, string split)
    {
        var join = s.Join(split);
        if (join is null)
        {
            return;
        }
        s.Joins.Remove(join);
        var parent = InnermostOf(join.ParentScope);
        if (parent is not null)
        {
            CountAbandoned(s, parent);
        }
    }

    /// <summary>A join that fired and heard from every branch has nothing left to do.</summary>
    private static void CloseSettledJoin(MatterStateBuilder s, string split)
    {
        var join = s.Join(split);
        if (join is not null && join.Fired && join.Settled)
        {
            s.Joins.Remove(join);
        }
    }

    internal static string? InnermostOf(string scope) =>
        scope.Length == 0 ? null : scope[(scope.LastIndexOf('/') + 1)..];

    private static void ChangeItem(MatterStateBuilder s, string task, string item, Func<WorkItem, WorkItem> change) =>
        s.Replace(s.Tasks, t => t.Id == task, t => t with
        {
            Items = t.Items.Select(i => i.Id == item ? change(i) : i).ToImmutableArray(),
        });

    private static void ApplyWorkItemCompleted(MatterStateBuilder s, WorkItemCompleted done) =>
        s.Replace(s.Tasks, t => t.Id == done.Task, t => OfferNextInSequence(t with
        {
            Items = t.Items.Select(i => i.Id == done.Item
                ? i with { Status = WorkItemStatus.Done, Outcome = done.Outcome, ClaimedBy = done.Actor }
                : i).ToImmutableArray(),
        }));

    /// <summary>依次审批: the first signer still waiting gets the work once nobody before is open.</summary>
    private static TaskState OfferNextInSequence(TaskState task)
    {
        if (task.Sign != SignMode.Sequential || task.Items.Any(i => i.Status == WorkItemStatus.Offered))
        {
            return task;
        }
        var next = task.Items.FirstOrDefault(i => i.Status == WorkItemStatus.Waiting);
        return next is null ? task : task with
        {
            Items = task.Items.Select(i => i.Id == next.Id ? i with { Status = WorkItemStatus.Offered } : i).ToImmutableArray(),
        };
    }

    private static void ApplyTaskCompleted(MatterStateBuilder s, TaskCompleted completed)
    {
        var task = s.Task(completed.Task);
        if (task is null)
        {
            return;
        }
        s.Tasks.Remove(task);
        var scope = s.Token(task.Token)?.Scope ?? "";
        s.Records = s.Records.SetItem(task.Node, new NodeRecord
        {
            Node = task.Node,
            Outcome = completed.Outcome,
            Fields = completed.Fields,
            Unit = completed.Unit,
            By = completed.Actor,
            At = completed.At,
            Scope = scope,
        });
    }
}
