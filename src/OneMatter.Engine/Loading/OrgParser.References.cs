using OneMatter.Engine.Organisation;

namespace OneMatter.Engine.Loading;

public sealed partial class OrgParser
{
    /// <summary>Reports duplicates and references that do not resolve, and builds the directory
    /// from the first declaration of each id.</summary>
    private OrgDirectory Resolve()
    {
        var places = FirstOfEach(_jurisdictions, j => j.Id, "jurisdiction");
        var units = FirstOfEach(_units, u => u.Id, "unit");
        foreach (var entry in places.Values)
        {
            CheckPlace(entry, places, _declaredPlaces);
        }
        foreach (var entry in units.Values)
        {
            var unit = entry.Value;
            if (!_declaredPlaces.Contains(unit.Jurisdiction))
            {
                entry.Report("jurisdiction", $"jurisdiction \"{unit.Jurisdiction}\" of unit \"{unit.Id}\" does not exist{Suggest.DidYouMean(unit.Jurisdiction, places.Keys)}");
            }
            if (unit.Parent is { } parent && !_declaredUnits.Contains(parent))
            {
                entry.Report("parent", $"parent unit \"{parent}\" of unit \"{unit.Id}\" does not exist{Suggest.DidYouMean(parent, units.Keys)}");
            }
        }
        return new OrgDirectory(places.Values.Select(e => e.Value), units.Values.Select(e => e.Value))
        {
            Entities = ResolveEntities(), Inspectors = ResolveInspectors(),
        };
    }

    private static void CheckPlace(Entry<Jurisdiction> entry, Dictionary<string, Entry<Jurisdiction>> places, HashSet<string> declared)
    {
        var place = entry.Value;
        var what = $"{DefinitionParser.Words.Of(place.Level)} \"{place.Id}\"";
        if (place.Parent is { } parent && !declared.Contains(parent))
        {
            entry.Report("parent", $"parent \"{parent}\" of {what} does not exist{Suggest.DidYouMean(parent, places.Keys)}");
        }
        if (place.Zone is { } zone)
        {
            if (place.Level != OrgLevel.Township)
            {
                entry.Report("zone", $"\"zone\" applies only to townships, not to {what}");
            }
            else if (!places.TryGetValue(zone, out var z))
            {
                // A zone declared with errors of its own has been reported already.
                if (!declared.Contains(zone))
                {
                    entry.Report("zone", $"zone \"{zone}\" of {what} does not exist{Suggest.DidYouMean(zone, places.Keys)}");
                }
            }
            else if (z.Value.Level != OrgLevel.Zone)
            {
                entry.Report("zone", $"\"{zone}\", the zone of {what}, is a {DefinitionParser.Words.Of(z.Value.Level)}, not a zone");
            }
        }
        if (place.Hub is { } hub)
        {
            if (place.Level != OrgLevel.Zone)
            {
                entry.Report("hub", $"\"hub\" applies only to zones, not to {what}");
            }
            else if (!places.TryGetValue(hub, out var h))
            {
                if (!declared.Contains(hub))
                {
                    entry.Report("hub", $"hub \"{hub}\" of {what} does not exist{Suggest.DidYouMean(hub, places.Keys)}");
                }
            }
            else if (h.Value.Level != OrgLevel.Township || h.Value.Zone != place.Id)
            {
                entry.Report("hub", $"hub \"{hub}\" of {what} is not a township of that zone: give the township zone: {place.Id}, or pick one of its townships");
            }
        }
    }

    /// <summary>Ids across all files, first declaration wins; later ones are reported.</summary>
    private static Dictionary<string, Entry<T>> FirstOfEach<T>(List<Entry<T>> entries, Func<T, string> id, string noun)
    {
        var first = new Dictionary<string, Entry<T>>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            if (!first.TryAdd(id(entry.Value), entry))
            {
                var earlier = first[id(entry.Value)].Map;
                entry.Report("id", $"{noun} \"{id(entry.Value)}\" is declared twice (first at {earlier.Diagnostics.File}:{earlier.Get("id")!.Start.Line})");
            }
        }
        return first;
    }
}
