using System.Collections.Concurrent;
using OneMatter.Engine.Instances;

namespace OneMatter.Runtime;

/// <summary>
/// The states this node's writer committed last, readable from any thread: a reader that knows
/// an instance's current version (from the store) takes the state from here when it is that
/// version, instead of loading and folding it again.
/// </summary>
/// <remarks>
/// The writer's own snapshot cache is touched only by its loop, and it may be behind the store
/// when another writer (another node on PostgreSQL) committed since, so readers never get a state
/// without naming the version they need. Bounded crudely: past the capacity it starts again empty,
/// which costs only loads, never a wrong answer.
/// </remarks>
public sealed class CommittedStates
{
    private readonly ConcurrentDictionary<string, MatterState> _states = new(StringComparer.Ordinal);
    private readonly int _capacity;

    /// <summary>Keeps up to <paramref name="capacity"/> instances.</summary>
    public CommittedStates(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        _capacity = capacity;
    }

    /// <summary>The committed state of <paramref name="instanceId"/> at exactly
    /// <paramref name="version"/>, or null when this node has not got that one.</summary>
    public MatterState? At(string instanceId, long version) =>
        _states.TryGetValue(instanceId, out var state) && state.Version == version ? state : null;

    /// <summary>Records a durable state; an older version never replaces a newer one.</summary>
    internal void Put(MatterState state)
    {
        if (_states.Count >= _capacity)
        {
            _states.Clear();
        }
        _states.AddOrUpdate(state.InstanceId, static (_, state) => state, static (_, old, state) => old.Version > state.Version ? old : state, state);
    }
}
