using System.Collections.Immutable;
using System.Globalization;
using OneMatter.Engine.Commands;
using OneMatter.Engine.Definitions;
using OneMatter.Engine.Effects;
using OneMatter.Engine.Events;
using OneMatter.Engine.Forms;
using OneMatter.Engine.Instances;

namespace OneMatter.Engine.Interpreter;

/// <summary>退回: sending the matter back to a node it has passed, on this branch or before the split.</summary>
internal sealed partial class Decider
{
    private void Return(ReturnTask command)
    {
        var task = OpenTask(command.TaskId);
        if (!Supervises)
        {
            ActorItem(task);
        }
        if (!_definition.Nodes.TryGetValue(command.ToNode, out var target) || target is not (TaskNode or ApplicantTaskNode))
        {
            Reject(RejectionCode.UnknownNode, $"没有可退回的环节 \"{command.ToNode}\" (no task node \"{command.ToNode}\")", "toNode");
        }
        if (!_state.Records.TryGetValue(command.ToNode, out var record))
        {
            Reject(RejectionCode.UnknownNode, $"事项尚未经过 {NodeName(command.ToNode)} (the matter has not passed this node)", "toNode");
        }
        var token = _state.Token(task.Token)!;
        if (!Scopes.IsWithin(token.Scope, record.Scope) || !OnOwnBranch(record, command.ToNode, task.Node))
        {
            Reject(RejectionCode.NotAllowedInState,
                $"{NodeName(command.ToNode)} 在另一并行分支上 (that node is on another parallel branch; return to one on this branch or before the split)", "toNode");
        }
        if (token.Scope != record.Scope && SectionLeft(token.Scope, record.Scope) is { Fired: true })
        {
            // An any / n-of-m join has already let the matter on: a late branch cannot pull it back.
            Reject(RejectionCode.NotAllowedInState,
                "并联环节已汇总, 事项已进入下一环节, 请从后续环节退回 (the parallel step has already moved on; return from the step after it)", "toNode");
        }
        Emit(new TaskReturned { At = Now, Actor = Who, Unit = WhoUnit, Task = task.Id, ToNode = command.ToNode, Scope = record.Scope, LeavesParallel = token.Scope != record.Scope, Reason = command.Reason });
        if (token.Scope == record.Scope)
        {
            CloseTask(task, $"退回 {command.ToNode}: {command.Reason}");
            Move(token, command.ToNode, null);
            return;
        }
        // Returning out of a parallel section: every branch inside it is withdrawn.
        foreach (var inside in _state.Tokens.Where(t => Scopes.IsInside(t.Scope, record.Scope)).ToList())
        {
            CancelToken(inside, $"退回 {command.ToNode}: {command.Reason}", abandoned: false);
        }
        Spawn(command.ToNode, record.Scope, null);
    }

    /// <summary>Branches of one split share its scope, so a node recorded inside a split is on
    /// the returning task's branch only if it leads to the task without passing that split's join.</summary>
    private bool OnOwnBranch(NodeRecord record, string target, string current)
    {
        var split = record.Scope.Length == 0 ? null : record.Scope[(record.Scope.LastIndexOf('/') + 1)..];
        if (split is null || _state.Join(split) is not { } join)
        {
            return true;
        }
        var seen = new HashSet<string>(StringComparer.Ordinal) { target };
        var queue = new Queue<string>([target]);
        while (queue.Count > 0)
        {
            var node = queue.Dequeue();
            if (node == current)
            {
                return true;
            }
            if (node == join.JoinNode)
            {
                continue;
            }
            foreach (var next in _definition.Node(node).Successors.Where(seen.Add))
            {
                queue.Enqueue(next);
            }
        }
        return false;
    }

    /// <summary>The outermost split a token inside <paramref name="outer"/> would leave by going
    /// back to it.</summary>
    private JoinState? SectionLeft(string scope, string outer)
    {
        var rest = outer.Length == 0 ? scope : scope[(outer.Length + 1)..];
        var slash = rest.IndexOf('/', StringComparison.Ordinal);
        return _state.Join(slash < 0 ? rest : rest[..slash]);
    }
}
