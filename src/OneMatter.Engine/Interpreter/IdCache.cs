using System.Collections.Concurrent;
using System.Globalization;

namespace OneMatter.Engine.Interpreter;

/// <summary>
/// Ids inside an instance are a head and an event number (<c>k12</c>, <c>land.31</c>). The same
/// few hundred strings recur in every instance of a definition, so they are made once and shared
/// rather than built for every command; numbers past the cache are built as usual.
/// </summary>
internal static class IdCache
{
    private const int Size = 512;
    private static readonly ConcurrentDictionary<string, string?[]> Heads = new(StringComparer.Ordinal);

    /// <summary><paramref name="head"/> followed by <paramref name="number"/>.</summary>
    public static string Get(string head, long number)
    {
        if (number is < 0 or >= Size)
        {
            return head + number.ToString(CultureInfo.InvariantCulture);
        }
        var strings = Heads.GetOrAdd(head, static _ => new string?[Size]);
        // A race only makes the same string twice; either copy is fine.
        return strings[number] ??= head + number.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>The head of a task id for a node: the node id and a dot, made once per node id.</summary>
    public static string TaskHead(string node) => TaskHeads.GetOrAdd(node, static n => n + ".");

    private static readonly ConcurrentDictionary<string, string> TaskHeads = new(StringComparer.Ordinal);
}
