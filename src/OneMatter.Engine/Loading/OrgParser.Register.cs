using OneMatter.Engine.Organisation;

namespace OneMatter.Engine.Loading;

/// <summary>The 双随机 registers of an org file: <c>entities:</c> (市场主体名录) and
/// <c>inspectors:</c> (执法检查人员名录), read and cross-checked like units.</summary>
public sealed partial class OrgParser
{
    private readonly List<Entry<InspectedEntity>> _entities = [];
    private readonly List<Entry<Inspector>> _inspectors = [];
    private readonly HashSet<string> _declaredEntities = new(StringComparer.Ordinal);

    /// <summary>The keys of the register elements (<see cref="Keys"/> has the rest).</summary>
    public static class RegisterKeys
    {
        /// <summary>An item of <c>entities</c>.</summary>
        public static IReadOnlyList<string> Entity { get; } = ["id", "name", "industry", "township", "address"];

        /// <summary>An item of <c>inspectors</c>.</summary>
        public static IReadOnlyList<string> Inspector { get; } = ["id", "name", "unit", "certificate", "conflicts"];
    }

    private void ReadRegisters(YamlMap map, Diagnostics diagnostics)
    {
        var entities = map.ListValue("entities");
        for (var i = 0; entities is not null && i < entities.Children.Count; i++)
        {
            var item = entities.Children[i];
            Declare(item, _declaredEntities);
            if (YamlMap.Open(item, $"entity {i + 1}", diagnostics) is { } e && ReadEntity(e) is { } value)
            {
                _entities.Add(new Entry<InspectedEntity>(value, e));
            }
        }
        var inspectors = map.ListValue("inspectors");
        for (var i = 0; inspectors is not null && i < inspectors.Children.Count; i++)
        {
            if (YamlMap.Open(inspectors.Children[i], $"inspector {i + 1}", diagnostics) is { } p && ReadInspector(p) is { } value)
            {
                _inspectors.Add(new Entry<Inspector>(value, p));
            }
        }
    }

    private static InspectedEntity? ReadEntity(YamlMap m)
    {
        m.AllowOnly(RegisterKeys.Entity);
        var id = Id(m, "id", "entity id");
        var name = m.Text("name", required: true);
        var industry = Id(m, "industry", "industry");
        var township = m.Text("township", required: true);
        if (id is null || name is null || industry is null || township is null)
        {
            return null;
        }
        return new InspectedEntity { Id = id, Name = name, Industry = industry, Township = township, Address = m.Text("address") };
    }

    private static Inspector? ReadInspector(YamlMap m)
    {
        m.AllowOnly(RegisterKeys.Inspector);
        var id = Id(m, "id", "inspector id");
        var name = m.Text("name", required: true);
        var unit = m.Text("unit", required: true);
        var certificate = m.Text("certificate", required: true);
        var conflicts = m.Words("conflicts").Select(w => w.Value!).ToList();
        if (id is null || name is null || unit is null || certificate is null)
        {
            return null;
        }
        return new Inspector { Id = id, Name = name, Unit = unit, Certificate = certificate, Conflicts = conflicts };
    }

    /// <summary>An entity must sit in a township-level place the directory knows, so that a draw
    /// filtered by township or zone finds it.</summary>
    private List<InspectedEntity> ResolveEntities()
    {
        var first = FirstOfEach(_entities, e => e.Id, "entity");
        var places = _jurisdictions.GroupBy(j => j.Value.Id).ToDictionary(g => g.Key, g => g.First().Value, StringComparer.Ordinal);
        foreach (var entry in first.Values)
        {
            var township = entry.Value.Township;
            if (!places.TryGetValue(township, out var place))
            {
                if (!_declaredPlaces.Contains(township))
                {
                    entry.Report("township", $"township \"{township}\" of entity \"{entry.Value.Id}\" does not exist{Suggest.DidYouMean(township, places.Keys)}");
                }
            }
            else if (place.Level != OrgLevel.Township)
            {
                entry.Report("township", $"\"{township}\", the township of entity \"{entry.Value.Id}\", is a {DefinitionParser.Words.Of(place.Level)}, not a township");
            }
        }
        return first.Values.Select(e => e.Value).ToList();
    }

    /// <summary>An inspector belongs to a unit that exists; a conflict names a registered entity.</summary>
    private List<Inspector> ResolveInspectors()
    {
        var first = FirstOfEach(_inspectors, i => i.Id, "inspector");
        var units = _units.Select(u => u.Value.Id).Distinct(StringComparer.Ordinal).ToList();
        var entities = _entities.Select(e => e.Value.Id).Distinct(StringComparer.Ordinal).ToList();
        foreach (var entry in first.Values)
        {
            var inspector = entry.Value;
            if (!_declaredUnits.Contains(inspector.Unit))
            {
                entry.Report("unit", $"unit \"{inspector.Unit}\" of inspector \"{inspector.Id}\" does not exist{Suggest.DidYouMean(inspector.Unit, units)}");
            }
            if (entry.Map.Get("conflicts") is not YamlDotNet.RepresentationModel.YamlSequenceNode conflicts)
            {
                continue;
            }
            foreach (var item in conflicts.Children.OfType<YamlDotNet.RepresentationModel.YamlScalarNode>())
            {
                if (item.Value is { Length: > 0 } conflict && !_declaredEntities.Contains(conflict))
                {
                    entry.Map.Diagnostics.Add(item.Start,
                        $"conflict \"{conflict}\" of inspector \"{inspector.Id}\" is not a registered entity{Suggest.DidYouMean(conflict, entities)}");
                }
            }
        }
        return first.Values.Select(e => e.Value).ToList();
    }
}
