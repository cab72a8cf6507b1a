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
/// without naming the version they need. Bounded by generations: states go into the current one;
/// when it is full it becomes the previous one (the one before is dropped) and a new one starts,
/// so the last <c>capacity</c> to 2 × <c>capacity</c> instances committed are always found. (It
/// used to start again empty when full: with more instances live than the capacity, every reader
/// then missed for a while and loaded the matter from the store.) A miss costs a load, never a
/// wrong answer.
/// </remarks>
public sealed class CommittedStates
{
    private readonly int _capacity;
    private readonly Lock _turn = new();
    private volatile ConcurrentDictionary<string, MatterState> _current = New();
    private volatile ConcurrentDictionary<string, MatterState> _previous = New();

    /// <summary>Keeps at least the last <paramref name="capacity"/> instances committed.</summary>
    public CommittedStates(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        _capacity = capacity;
    }

    /// <summary>The committed state of <paramref name="instanceId"/> at exactly
    /// <paramref name="version"/>, or null when this node has not got that one.</summary>
    public MatterState? At(string instanceId, long version)
    {
        var state = _current.TryGetValue(instanceId, out var current) ? current
            : _previous.TryGetValue(instanceId, out var previous) ? previous
            : null;
        return state?.Version == version ? state : null;
    }

    /// <summary>Records a durable state; an older version never replaces a newer one.</summary>
    internal void Put(MatterState state)
    {
        var current = _current;
        if (current.Count >= _capacity && !current.ContainsKey(state.InstanceId))
        {
            lock (_turn)
            {
                if (ReferenceEquals(current, _current))
                {
                    _previous = current;
                    _current = New();
                }
                current = _current;
            }
        }
        // A newer version of the instance may still sit in the previous generation.
        if (_previous.TryGetValue(state.InstanceId, out var older) && older.Version > state.Version)
        {
            state = older;
        }
        current.AddOrUpdate(state.InstanceId, static (_, state) => state, static (_, old, state) => old.Version > state.Version ? old : state, state);
    }

    private static ConcurrentDictionary<string, MatterState> New() => new(StringComparer.Ordinal);
}
