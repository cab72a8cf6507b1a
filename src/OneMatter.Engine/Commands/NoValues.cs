using System.Collections.ObjectModel;

namespace OneMatter.Engine.Commands;

/// <summary>The shared empty set of field values: a default that costs nothing per command.</summary>
public static class NoValues
{
    /// <summary>No values.</summary>
    public static IReadOnlyDictionary<string, string?> Instance { get; } = ReadOnlyDictionary<string, string?>.Empty;
}
