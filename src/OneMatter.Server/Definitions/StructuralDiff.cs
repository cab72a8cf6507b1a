using System.Text.Json.Nodes;

namespace OneMatter.Server.Definitions;

/// <summary>
/// Which parts of a definition changed between two versions: each top-level key, and each node
/// under <c>nodes</c> on its own, compared as parsed YAML trees, so reformatting and comments do
/// not count as changes. Paths come in the newer version's order, removed ones after.
/// </summary>
internal static class StructuralDiff
{
    public static List<DefinitionChangeDto> Compute(string older, string newer)
    {
        var a = YamlJson.Convert(older) as JsonObject ?? [];
        var b = YamlJson.Convert(newer) as JsonObject ?? [];
        var changes = new List<DefinitionChangeDto>();
        Compare(a, b, "", changes, nodesLevel: true);
        return changes;
    }

    private static void Compare(JsonObject a, JsonObject b, string prefix, List<DefinitionChangeDto> changes, bool nodesLevel)
    {
        foreach (var (key, value) in b)
        {
            var path = prefix + key;
            if (!a.TryGetPropertyValue(key, out var before))
            {
                changes.Add(new DefinitionChangeDto(path, "added"));
            }
            else if (nodesLevel && key == "nodes" && before is JsonObject beforeNodes && value is JsonObject afterNodes)
            {
                Compare(beforeNodes, afterNodes, "nodes.", changes, nodesLevel: false);
            }
            else if (!JsonNode.DeepEquals(before, value))
            {
                changes.Add(new DefinitionChangeDto(path, "changed"));
            }
        }
        foreach (var (key, _) in a)
        {
            if (!b.ContainsKey(key))
            {
                changes.Add(new DefinitionChangeDto(prefix + key, "removed"));
            }
        }
    }
}
