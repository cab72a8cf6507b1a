using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace OneMatter.Engine.Interpreter;

/// <summary>
/// A read-only dictionary whose values are computed when an expression asks for them, so that
/// building the expression scope costs a few small objects instead of copying the whole instance.
/// </summary>
internal abstract class ReadOnlyView : IReadOnlyDictionary<string, object?>
{
    public abstract IEnumerable<string> Keys { get; }

    public abstract bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value);

    public IEnumerable<object?> Values => Keys.Select(k => this[k]);

    public int Count => Keys.Count();

    public object? this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException(key);

    public bool ContainsKey(string key) => TryGetValue(key, out _);

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() =>
        Keys.Select(k => new KeyValuePair<string, object?>(k, this[k])).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
