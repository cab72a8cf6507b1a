using OneMatter.Engine.Definitions;

namespace OneMatter.Engine.Loading;

public sealed partial class DefinitionValidator
{
    /// <summary>Nodes reachable from the start, filled by <see cref="CheckReachability"/>.</summary>
    private readonly HashSet<string> _reachable = new(StringComparer.Ordinal);

    /// <summary>Successors that exist (the graph checks run only when all do, but a dropped node
    /// may still be declared).</summary>
    private IEnumerable<string> Next(Node node) => node.Successors.Where(_definition.Nodes.ContainsKey);

    private void CheckReachability()
    {
        var queue = new Queue<string>([_definition.Start]);
        _reachable.Add(_definition.Start);
        while (queue.TryDequeue(out var id))
        {
            foreach (var next in Next(_definition.Nodes[id]))
            {
                if (_reachable.Add(next))
                {
                    queue.Enqueue(next);
                }
            }
        }
        foreach (var node in _definition.Nodes.Values.Where(n => !_reachable.Contains(n.Id)))
        {
            Report(node.Location, $"node \"{node.Id}\" is never reached from the start node \"{_definition.Start}\"");
        }
    }

    /// <summary>Walks the graph backwards from every end.</summary>
    private void CheckEnds()
    {
        var predecessors = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var node in _definition.Nodes.Values)
        {
            foreach (var next in Next(node))
            {
                if (!predecessors.TryGetValue(next, out var list))
                {
                    predecessors[next] = list = [];
                }
                list.Add(node.Id);
            }
        }
        var canEnd = _definition.Nodes.Values
            .Where(n => n is EndNode)
            .Select(n => n.Id)
            .ToHashSet(StringComparer.Ordinal);
        var queue = new Queue<string>(canEnd);
        while (queue.TryDequeue(out var id))
        {
            foreach (var before in predecessors.GetValueOrDefault(id) ?? [])
            {
                if (canEnd.Add(before))
                {
                    queue.Enqueue(before);
                }
            }
        }
        // Unreachable nodes are already reported; one message per node is enough.
        foreach (var node in _definition.Nodes.Values.Where(n => _reachable.Contains(n.Id) && !canEnd.Contains(n.Id)))
        {
            Report(node.Location, $"no end can be reached from node \"{node.Id}\": add an outcome or next that leads to an end");
        }
    }
}
