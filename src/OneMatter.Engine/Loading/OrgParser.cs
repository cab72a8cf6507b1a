using OneMatter.Engine.Organisation;

namespace OneMatter.Engine.Loading;

/// <summary>
/// Reads the org directory from <c>workflows/org/*.yaml</c> (a <c>jurisdictions:</c> list and a
/// <c>units:</c> list per file, merged across files) with the same discipline as the definition
/// parser: every problem reported at its line and column, nothing thrown.
/// </summary>
public sealed partial class OrgParser
{
    private readonly List<Diagnostics> _files = [];
    private readonly List<Entry<Jurisdiction>> _jurisdictions = [];
    private readonly List<Entry<Unit>> _units = [];

    // Ids of every item, also those dropped for errors, so references to them are not reported too.
    private readonly HashSet<string> _declaredPlaces = new(StringComparer.Ordinal);
    private readonly HashSet<string> _declaredUnits = new(StringComparer.Ordinal);

    private OrgParser()
    {
    }

    /// <summary>Parses and cross-checks all org files together.</summary>
    public static OrgParseResult Parse(IEnumerable<(string File, string Text)> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var parser = new OrgParser();
        foreach (var (file, text) in files)
        {
            parser.ReadFile(file, text ?? "");
        }
        var directory = parser.Resolve();
        var errors = parser._files.SelectMany(f => f.Errors.OrderBy(e => e.Line).ThenBy(e => e.Column)).ToList();
        return new OrgParseResult(directory, errors);
    }

    /// <summary>The keys each element of an org file accepts.</summary>
    public static class Keys
    {
        /// <summary>The top level of an org file.</summary>
        public static IReadOnlyList<string> File { get; } = ["jurisdictions", "units", "entities", "inspectors"];

        /// <summary>An item of <c>jurisdictions</c>.</summary>
        public static IReadOnlyList<string> Jurisdiction { get; } = ["id", "name", "name-en", "level", "parent", "zone", "hub"];

        /// <summary>An item of <c>units</c>.</summary>
        public static IReadOnlyList<string> Unit { get; } = ["id", "name", "name-en", "level", "kind", "jurisdiction", "parent"];
    }

    private void ReadFile(string file, string text)
    {
        var diagnostics = new Diagnostics(file);
        _files.Add(diagnostics);
        if (YamlText.Load(text, diagnostics) is not { } root
            || YamlMap.Open(root, "the org file", diagnostics) is not { } map)
        {
            return;
        }
        map.AllowOnly(Keys.File);
        if (!map.Has("jurisdictions") && !map.Has("units") && !map.Has("entities") && !map.Has("inspectors"))
        {
            diagnostics.Add(map.Start, "the org file has neither \"jurisdictions\" nor \"units\"");
        }
        ReadRegisters(map, diagnostics);
        var jurisdictions = map.ListValue("jurisdictions");
        for (var i = 0; jurisdictions is not null && i < jurisdictions.Children.Count; i++)
        {
            var item = jurisdictions.Children[i];
            Declare(item, _declaredPlaces);
            if (YamlMap.Open(item, $"jurisdiction {i + 1}", diagnostics) is { } j && ReadJurisdiction(j) is { } value)
            {
                _jurisdictions.Add(new Entry<Jurisdiction>(value, j));
            }
        }
        var units = map.ListValue("units");
        for (var i = 0; units is not null && i < units.Children.Count; i++)
        {
            var item = units.Children[i];
            Declare(item, _declaredUnits);
            if (YamlMap.Open(item, $"unit {i + 1}", diagnostics) is { } u && ReadUnit(u) is { } value)
            {
                _units.Add(new Entry<Unit>(value, u));
            }
        }
    }

    private static void Declare(YamlDotNet.RepresentationModel.YamlNode item, HashSet<string> declared)
    {
        if (item is YamlDotNet.RepresentationModel.YamlMappingNode map
            && map.Children.FirstOrDefault(c => c.Key is YamlDotNet.RepresentationModel.YamlScalarNode { Value: "id" }).Value
                is YamlDotNet.RepresentationModel.YamlScalarNode { Value: { Length: > 0 } id })
        {
            declared.Add(id);
        }
    }

    /// <summary>A parsed element with the mapping it came from, for positions of later errors.</summary>
    private sealed record Entry<T>(T Value, YamlMap Map)
    {
        public void Report(string key, string message) =>
            Map.Diagnostics.Add((Map.Get(key) ?? Map.Node).Start, message);
    }
}
