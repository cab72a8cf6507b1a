namespace OneMatter.Engine.Organisation;

/// <summary>
/// Units, jurisdictions and zones, and the territorial resolution (属地) that turns "a unit of
/// kind K for the place P" into a concrete unit. Immutable and thread-safe.
/// </summary>
public sealed partial class OrgDirectory
{
    private readonly Dictionary<string, Unit> _units;
    private readonly Dictionary<string, Jurisdiction> _jurisdictions;
    private readonly Dictionary<(string Kind, string Jurisdiction), Unit> _byKindAndPlace;

    /// <summary>Builds the directory; ids must be unique (the parser reports duplicates).</summary>
    public OrgDirectory(IEnumerable<Jurisdiction> jurisdictions, IEnumerable<Unit> units)
    {
        _jurisdictions = jurisdictions.ToDictionary(j => j.Id, StringComparer.Ordinal);
        _units = units.ToDictionary(u => u.Id, StringComparer.Ordinal);
        _byKindAndPlace = new Dictionary<(string, string), Unit>();
        foreach (var unit in _units.Values)
        {
            _byKindAndPlace.TryAdd((unit.Kind, unit.Jurisdiction), unit);
        }
    }

    /// <summary>An empty directory, for tests of definitions that name no units.</summary>
    public static OrgDirectory Empty { get; } = new([], []);

    /// <summary>All units.</summary>
    public IReadOnlyCollection<Unit> Units => _units.Values;

    /// <summary>All jurisdictions.</summary>
    public IReadOnlyCollection<Jurisdiction> Jurisdictions => _jurisdictions.Values;

    /// <summary>The unit with this id, or null.</summary>
    public Unit? FindUnit(string id) => _units.GetValueOrDefault(id);

    /// <summary>The jurisdiction with this id, or null.</summary>
    public Jurisdiction? FindJurisdiction(string id) => _jurisdictions.GetValueOrDefault(id);

    /// <summary>Whether any unit has this kind.</summary>
    public bool HasKind(string kind) => _units.Values.Any(u => u.Kind == kind);

    /// <summary>
    /// The places to look for a unit serving <paramref name="jurisdictionId"/>, nearest first:
    /// the place itself, then for a township its zone, then each parent up to the top. A village
    /// is thus served by its township, else its township's zone hub, else the county.
    /// </summary>
    public IEnumerable<Jurisdiction> CoveringPlaces(string jurisdictionId)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var current = FindJurisdiction(jurisdictionId);
        while (current is not null && seen.Add(current.Id))
        {
            yield return current;
            if (current.Zone is not null && FindJurisdiction(current.Zone) is { } zone && seen.Add(zone.Id))
            {
                yield return zone;
            }
            current = current.Parent is null ? null : FindJurisdiction(current.Parent);
        }
    }

    /// <summary>The nearest unit of <paramref name="kind"/> covering the place, or null when none
    /// does (the caller reports it as an unresolved assignment).</summary>
    public Unit? Resolve(string kind, string jurisdictionId)
    {
        foreach (var place in CoveringPlaces(jurisdictionId))
        {
            if (_byKindAndPlace.TryGetValue((kind, place.Id), out var unit))
            {
                return unit;
            }
        }
        return null;
    }

    /// <summary>Whether <paramref name="place"/> lies within <paramref name="area"/> (or is it).</summary>
    public bool Contains(string area, string place) =>
        CoveringPlaces(place).Any(j => j.Id == area);
}
