using OneMatter.Engine.Instances;

namespace OneMatter.Runtime;

/// <summary>
/// The writer's least-recently-used cache of committed snapshots. It only ever holds states that
/// are durable (updated after a commit returns), so deciding against it is deciding against the
/// store — unless another writer changed the instance, which the version check on commit catches.
/// Touched only by the writer loop, hence no locking.
/// </summary>
internal sealed class SnapshotCache
{
    private readonly int _capacity;
    private readonly Dictionary<string, LinkedListNode<MatterState>> _map = new(StringComparer.Ordinal);
    private readonly LinkedList<MatterState> _order = new();

    public SnapshotCache(int capacity) => _capacity = Math.Max(0, capacity);

    public MatterState? Get(string instanceId)
    {
        if (!_map.TryGetValue(instanceId, out var node))
        {
            return null;
        }
        _order.Remove(node);
        _order.AddFirst(node);
        return node.Value;
    }

    public void Put(MatterState state)
    {
        if (_capacity == 0)
        {
            return;
        }
        if (_map.TryGetValue(state.InstanceId, out var node))
        {
            node.Value = state;
            _order.Remove(node);
            _order.AddFirst(node);
            return;
        }
        _map[state.InstanceId] = _order.AddFirst(state);
        while (_map.Count > _capacity && _order.Last is { } last)
        {
            _order.RemoveLast();
            _map.Remove(last.Value.InstanceId);
        }
    }

    public void Remove(string instanceId)
    {
        if (_map.Remove(instanceId, out var node))
        {
            _order.Remove(node);
        }
    }
}
