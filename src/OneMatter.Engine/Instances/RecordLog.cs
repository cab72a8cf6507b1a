using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OneMatter.Engine.Instances;

/// <summary>
/// The last record of each node a matter has passed, as a persistent list, newest first: adding a
/// record costs one small link however many nodes were passed, where a map would be copied each
/// time, and the newest record of a node hides older ones. Reads walk a few dozen links at most.
/// Serializes as a JSON array, oldest first.
/// </summary>
[JsonConverter(typeof(RecordLogJsonConverter))]
public sealed class RecordLog : IReadOnlyDictionary<string, NodeRecord>
{
    private readonly NodeRecord? _head;
    private readonly RecordLog? _rest;

    private RecordLog(NodeRecord? head, RecordLog? rest, int count)
    {
        _head = head;
        _rest = rest;
        Count = count;
    }

    /// <summary>No node passed yet.</summary>
    public static RecordLog Empty { get; } = new(null, null, 0);

    /// <summary>Number of distinct nodes recorded.</summary>
    public int Count { get; }

    /// <summary>A log where <paramref name="record"/> is the newest record of its node.</summary>
    public RecordLog Add(NodeRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return new RecordLog(record, this, ContainsKey(record.Node) ? Count : Count + 1);
    }

    /// <inheritdoc />
    public bool TryGetValue(string key, [MaybeNullWhen(false)] out NodeRecord value)
    {
        for (var log = this; log._head is not null; log = log._rest!)
        {
            if (log._head.Node == key)
            {
                value = log._head;
                return true;
            }
        }
        value = null;
        return false;
    }

    /// <inheritdoc />
    public NodeRecord this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException(key);

    /// <inheritdoc />
    public bool ContainsKey(string key) => TryGetValue(key, out _);

    /// <inheritdoc />
    public IEnumerable<string> Keys => Latest().Select(r => r.Node);

    /// <inheritdoc />
    public IEnumerable<NodeRecord> Values => Latest();

    /// <summary>Every record ever added, oldest first (what the snapshot keeps).</summary>
    public IEnumerable<NodeRecord> History()
    {
        var stack = new Stack<NodeRecord>();
        for (var log = this; log._head is not null; log = log._rest!)
        {
            stack.Push(log._head);
        }
        return stack;
    }

    /// <summary>The newest record of each node, newest first.</summary>
    private IEnumerable<NodeRecord> Latest()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var log = this; log._head is not null; log = log._rest!)
        {
            if (seen.Add(log._head.Node))
            {
                yield return log._head;
            }
        }
    }

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<string, NodeRecord>> GetEnumerator() =>
        Latest().Select(r => new KeyValuePair<string, NodeRecord>(r.Node, r)).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
