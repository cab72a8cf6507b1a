using System.Collections.Concurrent;
using OneMatter.Engine.Definitions;

namespace OneMatter.Runtime;

/// <summary>A simple in-memory <see cref="IDefinitionSource"/> over a dictionary keyed by
/// (id, version). Thread-safe, because publishing may add versions while the writer reads.</summary>
public sealed class DefinitionCatalog : IDefinitionSource
{
    private readonly ConcurrentDictionary<(string Id, int Version), MatterDefinition> _definitions = new();

    // Retired ids (停办): still found by Find and Latest, so running instances and their call
    // nodes carry on; only the portal's offers and new applications consult it.
    private readonly ConcurrentDictionary<string, bool> _retired = new(StringComparer.Ordinal);

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

    /// <summary>
    /// Asked when <see cref="Find"/> misses, before answering null: a host sharing its database with
    /// other nodes loads a version published elsewhere here (it must <see cref="Add"/> it and may
    /// block briefly — a miss happens at most once per version and node).
    /// </summary>
    public Action<string, int>? Missing { get; set; }

    /// <inheritdoc />
    public MatterDefinition? Find(string id, int version)
    {
        if (_definitions.TryGetValue((id, version), out var definition))
        {
            return definition;
        }
        Missing?.Invoke(id, version);
        return _definitions.GetValueOrDefault((id, version));
    }

    /// <summary>Whether the version is here, without asking <see cref="Missing"/>.</summary>
    public bool Contains(string id, int version) => _definitions.ContainsKey((id, version));

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

    /// <summary>Every version of one definition id, oldest first.</summary>
    public IReadOnlyList<MatterDefinition> Versions(string id) =>
        _definitions.Values.Where(d => string.Equals(d.Id, id, StringComparison.Ordinal)).OrderBy(d => d.Version).ToList();

    /// <summary>Marks an id retired (no new applications) or, with <paramref name="retired"/>
    /// false, reinstates it. Versions stay in the catalog either way.</summary>
    public void SetRetired(string id, bool retired)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (retired)
        {
            _retired[id] = true;
        }
        else
        {
            _retired.TryRemove(id, out _);
        }
    }

    /// <summary>Whether new applications for this id are refused.</summary>
    public bool IsRetired(string id) => _retired.ContainsKey(id);
}
