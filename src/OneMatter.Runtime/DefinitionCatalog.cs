using System.Collections.Concurrent;
using OneMatter.Engine.Definitions;

namespace OneMatter.Runtime;

/// <summary>A simple in-memory <see cref="IDefinitionSource"/> over a dictionary keyed by
/// (id, version). Thread-safe, because publishing may add versions while the writer reads.</summary>
public sealed class DefinitionCatalog : IDefinitionSource
{
    private readonly ConcurrentDictionary<(string Id, int Version), MatterDefinition> _definitions = new();

    /// <summary>Creates an empty catalog.</summary>
    public DefinitionCatalog() { }

    /// <summary>Creates a catalog holding the given definitions.</summary>
    public DefinitionCatalog(IEnumerable<MatterDefinition> definitions)
    {
        ArgumentNullException.ThrowIfNull(definitions);
        foreach (var definition in definitions)
        {
            Add(definition);
        }
    }

    /// <summary>Adds (or replaces) a definition version.</summary>
    public void Add(MatterDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        _definitions[(definition.Id, definition.Version)] = definition;
    }

    /// <inheritdoc />
    public MatterDefinition? Find(string id, int version) =>
        _definitions.TryGetValue((id, version), out var definition) ? definition : null;

    /// <summary>The latest version of every definition, by id.</summary>
    public IReadOnlyList<MatterDefinition> All =>
        _definitions.Values.GroupBy(d => d.Id, StringComparer.Ordinal)
            .Select(g => g.MaxBy(d => d.Version)!)
            .OrderBy(d => d.Id, StringComparer.Ordinal)
            .ToList();

    /// <inheritdoc />
    public MatterDefinition? Latest(string id)
    {
        MatterDefinition? latest = null;
        foreach (var pair in _definitions)
        {
            if (string.Equals(pair.Key.Id, id, StringComparison.Ordinal) && (latest is null || pair.Key.Version > latest.Version))
            {
                latest = pair.Value;
            }
        }
        return latest;
    }
}
