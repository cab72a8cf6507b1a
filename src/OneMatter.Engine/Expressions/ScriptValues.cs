using System.Collections;
using System.Numerics;
using Scriban.Runtime;

namespace OneMatter.Engine.Expressions;

/// <summary>
/// Converts between the engine's plain values and what Scriban sees, without reflection.
/// </summary>
/// <remarks>
/// In: null, string, bool, the .NET integer and floating-point types, decimal, TimeSpan and
/// DateTime pass through; <see cref="DateTimeOffset"/> becomes its UTC instant
/// (<see cref="DateTimeOffset.UtcDateTime"/>) so values with different offsets compare correctly;
/// <see cref="DateOnly"/> becomes a DateTime at midnight. Scriban treats DateTime as its date
/// type: comparisons, <c>date.add_days</c>, <c>date.to_string</c>, <c>.year</c> and so on work.
/// Lists and objects are wrapped in read-only adapters, so a script can neither see .NET members
/// nor change the caller's data. Any other type is refused when read.
/// </remarks>
internal static class ScriptValues
{
    /// <summary>Wraps or converts a caller value so Scriban can read it; refuses unknown types.</summary>
    public static object? ToScript(object? value) => value switch
    {
        null or string or bool or int or long or decimal or double => value,
        DateTime or TimeSpan => value,
        DateTimeOffset instant => instant.UtcDateTime,
        DateOnly day => day.ToDateTime(TimeOnly.MinValue),
        float or short or byte or sbyte or ushort or uint or ulong => value,
        IReadOnlyDictionary<string, object?> members => new ReadOnlyObjectAdapter(members),
        IReadOnlyList<object?> items => new ReadOnlyListAdapter(items),
        // Scriban wraps this into a runtime error located at the expression that read the value.
        _ => throw new NotSupportedException(
            $"a value of type {value.GetType().Name} cannot be read by expressions; pass text, a number, true/false, a date, a list or an object"),
    };

    /// <summary>
    /// Turns an evaluation result back into the engine's vocabulary: the same types
    /// <see cref="ExpressionScope"/> accepts, with lists as <see cref="IReadOnlyList{T}"/> and
    /// objects as <see cref="IReadOnlyDictionary{TKey, TValue}"/>.
    /// </summary>
    public static object? FromScript(object? value) => FromScript(value, depth: 0);

    private static object? FromScript(object? value, int depth)
    {
        if (depth > SandboxLimits.ObjectRecursionLimit)
        {
            throw new NotSupportedException("the result is nested too deeply or contains itself");
        }

        return value switch
        {
            null or string or bool or int or long or decimal or double => value,
            DateTime or TimeSpan => value,
            float or short or byte or sbyte or ushort or uint or ulong => value,
            BigInteger big => ToDecimalOrDouble(big),
            ReadOnlyObjectAdapter adapter => adapter.Members,
            ReadOnlyListAdapter adapter => adapter.Items,
            IScriptCustomFunction => throw new NotSupportedException("the result is a function, not a value"),
            // ScriptArray is both a list and a script object; it means a list.
            IList items => ListFromScript(items, depth),
            IScriptObject scriptObject => ObjectFromScript(scriptObject, depth),
            IEnumerable items => ListFromScript(items, depth),
            _ => throw new NotSupportedException($"the result has the unsupported type {value.GetType().Name}"),
        };
    }

    private static Dictionary<string, object?> ObjectFromScript(IScriptObject scriptObject, int depth)
    {
        var members = new Dictionary<string, object?>(scriptObject.Count, StringComparer.Ordinal);
        foreach (string name in scriptObject.GetMembers())
        {
            scriptObject.TryGetValue(null, default, name, out object? member);
            members[name] = FromScript(member, depth + 1);
        }

        return members;
    }

    private static List<object?> ListFromScript(IEnumerable items, int depth)
    {
        var list = new List<object?>();
        foreach (object? item in items)
        {
            // Ranges such as 1..1000000000 are lazy; copying one must obey the loop budget too.
            if (list.Count >= SandboxLimits.LoopLimit)
            {
                throw new NotSupportedException($"the result has more than {SandboxLimits.LoopLimit} items");
            }

            list.Add(FromScript(item, depth + 1));
        }

        return list;
    }

    private static object ToDecimalOrDouble(BigInteger big) =>
        big >= new BigInteger(decimal.MinValue) && big <= new BigInteger(decimal.MaxValue) ? (decimal)big : (double)big;
}
