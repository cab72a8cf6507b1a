using OneMatter.Engine.Definitions;

namespace OneMatter.Engine.Loading;

public sealed partial class DefinitionValidator
{
    /// <summary>Every edge of the graph: the element it is written in, its path and target.</summary>
    private IEnumerable<(string What, string Path, SourceLocation Fallback, string Target)> Edges(Node node)
    {
        var at = node.Location;
        var self = Describe(node);
        switch (node)
        {
            case TaskNode task:
                foreach (var o in task.Outcomes)
                {
                    yield return ($"outcome \"{o.Id}\" of {self}", NodePath(node.Id, "outcomes", o.Id, "next"), o.Location, o.Next);
                }
                break;
            case ApplicantTaskNode applicant:
                yield return ($"\"next\" of {self}", NodePath(node.Id, "next"), at, applicant.Next);
                break;
            case ParallelNode parallel:
                for (var i = 0; i < parallel.Branches.Count; i++)
                {
                    var b = parallel.Branches[i];
                    yield return ($"branch {i + 1} of {self}", NodePath(node.Id, "branches", Index(i), "node"), b.Location, b.Node);
                }
                break;
            case JoinNode join:
                yield return ($"\"next\" of {self}", NodePath(node.Id, "next"), at, join.Next);
                break;
            case DecisionNode decision:
                for (var i = 0; i < decision.Conditions.Count; i++)
                {
                    var c = decision.Conditions[i];
                    yield return ($"condition {i + 1} of {self}", NodePath(node.Id, "conditions", Index(i), "next"), c.Location, c.Next);
                }
                yield return ($"\"default\" of {self}", NodePath(node.Id, "default"), at, decision.Default);
                break;
            case TimerNode timer:
                yield return ($"\"next\" of {self}", NodePath(node.Id, "next"), at, timer.Next);
                break;
            case DocumentNode document:
                yield return ($"\"next\" of {self}", NodePath(node.Id, "next"), at, document.Next);
                break;
            case NotifyNode notify:
                yield return ($"\"next\" of {self}", NodePath(node.Id, "next"), at, notify.Next);
                break;
            case DrawNode draw:
                yield return ($"\"next\" of {self}", NodePath(node.Id, "next"), at, draw.Next);
                break;
            case CallNode call:
                foreach (var (result, target) in call.Results)
                {
                    var word = DefinitionParser.Words.Of(result);
                    yield return ($"result \"{word}\" of {self}", NodePath(node.Id, "results", word), at, target);
                }
                if (call.Next is not null)
                {
                    yield return ($"\"next\" of {self}", NodePath(node.Id, "next"), at, call.Next);
                }
                break;
        }
        var timeout = node switch
        {
            TaskNode t => t.Timeout,
            ApplicantTaskNode a => a.Timeout,
            _ => null,
        };
        if (timeout is not null)
        {
            yield return ($"the timeout of {self}", NodePath(node.Id, "timeout", "next"), timeout.Location, timeout.Next);
        }
    }

    private void CheckNodeReferences()
    {
        var start = _definition.Start;
        // With no nodes at all, "nodes" itself has been reported; the start cannot exist.
        if (start.Length > 0 && _declaredNodes.Count > 0 && !_declaredNodes.Contains(start))
        {
            _danglingNode = true;
            Report(Where("/start", _definition.Location),
                $"the start node \"{start}\" does not exist{Suggest.DidYouMean(start, _declaredNodes)}");
        }
        foreach (var node in _definition.Nodes.Values)
        {
            foreach (var (what, path, fallback, target) in Edges(node))
            {
                // "" marks a value the parser already reported as missing.
                if (target.Length > 0 && !_declaredNodes.Contains(target))
                {
                    _danglingNode = true;
                    Report(Where(path, fallback),
                        $"{what} leads to node \"{target}\", which does not exist{Suggest.DidYouMean(target, _declaredNodes)}");
                }
            }
            if (node is ParallelNode { Join: { } join } parallel)
            {
                CheckJoinReference(parallel, join);
            }
        }
    }

    private void CheckJoinReference(ParallelNode parallel, string join)
    {
        var at = Where(NodePath(parallel.Id, "join"), parallel.Location);
        if (!_declaredNodes.Contains(join))
        {
            _danglingNode = true;
            var joins = _definition.Nodes.Values.OfType<JoinNode>().Select(j => j.Id);
            Report(at, $"join \"{join}\" of {Describe(parallel)} does not exist{Suggest.DidYouMean(join, joins)}");
        }
        else if (_definition.Nodes.TryGetValue(join, out var target) && target is not JoinNode)
        {
            _danglingNode = true;
            Report(at, $"\"join\" of {Describe(parallel)} names {Describe(target)}, which is not a join node");
        }
    }
}
