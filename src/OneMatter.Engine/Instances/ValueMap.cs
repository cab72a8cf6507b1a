using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;

namespace OneMatter.Engine.Instances;

/// <summary>
/// An immutable map from string keys to values, kept as one array sorted by key. Instances hold a
/// dozen or so form fields and node records, where a sorted array is smaller and faster to build
/// and read than a hash tree; <see cref="SetItem"/> makes one new array. Serializes as a JSON object.
/// </summary>
[JsonConverter(typeof(ValueMapJsonConverterFactory))]
public sealed class ValueMap<TValue> : IReadOnlyDictionary<string, TValue>
{
    private readonly KeyValuePair<string, TValue>[] _entries;

    private ValueMap(KeyValuePair<string, TValue>[] sortedEntries) => _entries = sortedEntries;

    /// <summary>The empty map.</summary>
    public static ValueMap<TValue> Empty { get; } = new([]);

    /// <summary>A map of the given pairs; a later duplicate key wins.</summary>
    public static ValueMap<TValue> From(IEnumerable<KeyValuePair<string, TValue>> pairs)
    {
        var map = Empty;
        var list = new List<KeyValuePair<string, TValue>>();
        foreach (var pair in pairs)
        {
            list.Add(pair);
        }
        list.Sort(static (a, b) => string.CompareOrdinal(a.Key, b.Key));
        for (var i = list.Count - 1; i > 0; i--)
        {
            if (list[i].Key == list[i - 1].Key)
            {
                list.RemoveAt(i - 1);
            }
        }
        return list.Count == 0 ? map : new ValueMap<TValue>([.. list]);
    }

    /// <summary>Takes over <paramref name="pairs"/> (its first <paramref name="count"/> entries, keys
    /// known to be distinct) without copying when it is full; the caller must not touch it again.</summary>
    internal static ValueMap<TValue> FromOwned(KeyValuePair<string, TValue>[] pairs, int count)
    {
        if (count == 0)
        {
            return Empty;
        }
        var entries = count == pairs.Length ? pairs : pairs[..count];
        Array.Sort(entries, static (a, b) => string.CompareOrdinal(a.Key, b.Key));
        return new ValueMap<TValue>(entries);
    }

    /// <summary>A map of pairs whose keys are known to be distinct (a form's declared fields).</summary>
    public static ValueMap<TValue> FromUnique(ReadOnlySpan<KeyValuePair<string, TValue>> pairs)
    {
        if (pairs.IsEmpty)
        {
            return Empty;
        }
        var entries = pairs.ToArray();
        Array.Sort(entries, static (a, b) => string.CompareOrdinal(a.Key, b.Key));
        return new ValueMap<TValue>(entries);
    }

    /// <inheritdoc />
    public int Count => _entries.Length;

    /// <inheritdoc />
    public TValue this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException(key);

    /// <inheritdoc />
    public IEnumerable<string> Keys => _entries.Select(e => e.Key);

    /// <inheritdoc />
    public IEnumerable<TValue> Values => _entries.Select(e => e.Value);

    /// <inheritdoc />
    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    /// <inheritdoc />
    public bool TryGetValue(string key, [MaybeNullWhen(false)] out TValue value)
    {
        var index = IndexOf(key);
        if (index < 0)
        {
            value = default;
            return false;
        }
        value = _entries[index].Value;
        return true;
    }

    /// <summary>A copy with <paramref name="key"/> set to <paramref name="value"/>.</summary>
    public ValueMap<TValue> SetItem(string key, TValue value)
    {
        var index = IndexOf(key);
        KeyValuePair<string, TValue>[] entries;
        if (index >= 0)
        {
            entries = (KeyValuePair<string, TValue>[])_entries.Clone();
            entries[index] = new(key, value);
        }
        else
        {
            var at = ~index;
            entries = new KeyValuePair<string, TValue>[_entries.Length + 1];
            Array.Copy(_entries, entries, at);
            entries[at] = new(key, value);
            Array.Copy(_entries, at, entries, at + 1, _entries.Length - at);
        }
        return new ValueMap<TValue>(entries);
    }

    /// <summary>A copy without <paramref name="key"/>.</summary>
    public ValueMap<TValue> Remove(string key)
    {
        var index = IndexOf(key);
        if (index < 0)
        {
            return this;
        }
        var entries = new KeyValuePair<string, TValue>[_entries.Length - 1];
        Array.Copy(_entries, entries, index);
        Array.Copy(_entries, index + 1, entries, index, _entries.Length - index - 1);
        return entries.Length == 0 ? Empty : new ValueMap<TValue>(entries);
    }

    /// <summary>Binary search: the index, or the complement of where the key would go.</summary>
    private int IndexOf(string key)
    {
        int low = 0, high = _entries.Length - 1;
        while (low <= high)
        {
            var middle = (low + high) >>> 1;
            var order = string.CompareOrdinal(_entries[middle].Key, key);
            if (order == 0)
            {
                return middle;
            }
            if (order < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }
        return ~low;
    }

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<string, TValue>> GetEnumerator() => ((IEnumerable<KeyValuePair<string, TValue>>)_entries).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
