using OneMatter.Engine.Definitions;

namespace OneMatter.Engine.Loading;

public sealed partial class DefinitionValidator
{
    /// <summary>
    /// Splits and joins must pair up: a join closes exactly one split, every branch of a split
    /// reaches its join (or an end), and the join is entered only from inside its split, so the
    /// join counts the right arrivals.
    /// </summary>
    private void CheckSplitsAndJoins()
    {
        var splitsOf = _definition.Nodes.Values.OfType<ParallelNode>()
            .Where(p => p.Join is not null)
            .GroupBy(p => p.Join!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        foreach (var (join, splits) in splitsOf)
        {
            // With two splits on one join, which branches belong where is anyone's guess; the
            // one message says what to fix.
            foreach (var split in splits.Skip(1))
            {
                Report(Where(NodePath(split.Id, "join"), split.Location),
                    $"{Describe(split)} names join \"{join}\", which already closes {Describe(splits[0])}; a join closes exactly one split");
            }
            if (splits.Count == 1)
            {
                CheckBranches(splits[0], join);
            }
        }
        foreach (var join in _definition.Nodes.Values.OfType<JoinNode>().Where(j => !splitsOf.ContainsKey(j.Id)))
        {
            Report(join.Location, $"{Describe(join)} has no parallel split: name it as the \"join\" of the parallel node whose branches it waits for");
        }
    }

    private void CheckBranches(ParallelNode split, string join)
    {
        var inside = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < split.Branches.Count; i++)
        {
            var branch = split.Branches[i];
            if (!ReachesJoinOrEnd(branch.Node, join, inside))
            {
                Report(Where(NodePath(split.Id, "branches", Index(i)), branch.Location),
                    $"branch \"{branch.Node}\" of {Describe(split)} never reaches its join \"{join}\" (nor an end)");
            }
        }
        foreach (var node in _definition.Nodes.Values)
        {
            if (node.Id != split.Id && _reachable.Contains(node.Id) && !inside.Contains(node.Id) && node.Successors.Contains(join))
            {
                Report(node.Location,
                    $"node \"{node.Id}\" leads into join \"{join}\" from outside {Describe(split)}; only the split's branches may reach its join");
            }
        }
    }

    /// <summary>
    /// Searches forward from a branch's first node without passing the join, adding what it
    /// visits to <paramref name="inside"/>. It passes another join only after passing that
    /// join's own split (a nested split); entering a foreign join is the other split's error.
    /// </summary>
    private bool ReachesJoinOrEnd(string first, string join, HashSet<string> inside)
    {
        var reached = first == join;
        var nestedJoins = new HashSet<string>(StringComparer.Ordinal);
        var blocked = new HashSet<string>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<string>();
        if (first != join && _definition.Nodes.ContainsKey(first))
        {
            queue.Enqueue(first);
            seen.Add(first);
        }
        while (queue.TryDequeue(out var id))
        {
            var node = _definition.Nodes[id];
            switch (node)
            {
                case EndNode:
                    reached = true;
                    continue;
                case JoinNode when !nestedJoins.Contains(id):
                    blocked.Add(id);
                    continue;
                case ParallelNode { Join: { } nested }:
                    nestedJoins.Add(nested);
                    // Met the nested join before its split: it may be passed after all.
                    if (blocked.Remove(nested))
                    {
                        queue.Enqueue(nested);
                    }
                    break;
            }
            inside.Add(id);
            foreach (var next in Next(node))
            {
                if (next == join)
                {
                    reached = true;
                }
                else if (seen.Add(next))
                {
                    queue.Enqueue(next);
                }
            }
        }
        return reached;
    }
}
