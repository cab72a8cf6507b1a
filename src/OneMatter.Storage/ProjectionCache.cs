using OneMatter.Storage.Entities;

namespace OneMatter.Storage;

/// <summary>
/// The task and timer rows this store last committed for each recently written instance, with
/// the instance version they belong to. A commit diffs the new snapshot's rows against these
/// instead of reading the rows back: the entry is used only when its version equals the version
/// the commit read under the write lock, so a change by another writer (another process or node)
/// makes it stale and the rows are read from the database as before.
/// </summary>
/// <remarks>
/// Least recently used eviction bounds memory. Entries are put only after the transaction
/// committed (a rolled-back group must not leave rows that were never stored) and removed when a
/// commit fails. A lock guards it because two writers in one process may share a store.
/// </remarks>
internal sealed class ProjectionCache
{
    private readonly int _capacity;
    private readonly Dictionary<string, LinkedListNode<Entry>> _map = new(StringComparer.Ordinal);
    private readonly LinkedList<Entry> _order = new();
    private readonly Lock _lock = new();

    public ProjectionCache(int capacity) => _capacity = Math.Max(0, capacity);

    /// <summary>The rows of an instance at exactly <paramref name="version"/>, or null.</summary>
    public Entry? Get(string instanceId, long version)
    {
        lock (_lock)
        {
            if (!_map.TryGetValue(instanceId, out var node) || node.Value.Version != version)
            {
                return null;
            }
            _order.Remove(node);
            _order.AddFirst(node);
            return node.Value;
        }
    }

    /// <summary>Records the rows committed for an instance at its new version.</summary>
    public void Put(Entry entry)
    {
        if (_capacity == 0)
        {
            return;
        }
        lock (_lock)
        {
            if (_map.Remove(entry.InstanceId, out var old))
            {
                _order.Remove(old);
            }
            _map[entry.InstanceId] = _order.AddFirst(entry);
            while (_map.Count > _capacity && _order.Last is { } last)
            {
                _order.RemoveLast();
                _map.Remove(last.Value.InstanceId);
            }
        }
    }

    /// <summary>Forgets instances whose commit failed.</summary>
    public void Remove(IEnumerable<string> instanceIds)
    {
        lock (_lock)
        {
            foreach (var id in instanceIds)
            {
                if (_map.Remove(id, out var node))
                {
                    _order.Remove(node);
                }
            }
        }
    }

    /// <summary>One instance's committed rows. The dictionaries are never changed after the entry
    /// is made (a commit copies them before diffing).</summary>
    /// <param name="InstanceId">The instance.</param>
    /// <param name="Version">The instance version the rows were projected from.</param>
    /// <param name="Tasks">Task rows by (task id, work item id).</param>
    /// <param name="Timers">Timer rows by timer id.</param>
    internal sealed record Entry(string InstanceId, long Version, IReadOnlyDictionary<(string TaskId, string WorkItemId), TaskRow> Tasks,
        IReadOnlyDictionary<string, TimerRow> Timers);
}
