using OneMatter.Engine.Definitions;
using YamlDotNet.RepresentationModel;

namespace OneMatter.Engine.Loading;

public sealed partial class DefinitionParser
{
    private Dictionary<string, Node> ReadNodes(YamlMap matter)
    {
        var nodes = new Dictionary<string, Node>(StringComparer.Ordinal);
        var before = _diagnostics.Count;
        var map = YamlMap.Open(matter.MapValue("nodes", required: true), "\"nodes\"", _diagnostics,
            (id, line) => $"node \"{id}\" is declared twice (first at line {line})");
        if (map is null)
        {
            _graphBroken = true;
            return nodes;
        }
        if (_diagnostics.Count > before)
        {
            _graphBroken = true; // a repeated node was dropped with its edges
        }
        foreach (var (key, value) in map.Entries)
        {
            var id = key.Value!;
            _declaredNodes.Add(id);
            CheckId(key, "node id");
            var errorsBefore = _diagnostics.Count;
            var node = ReadNode(id, key, value);
            if (_diagnostics.Count > errorsBefore)
            {
                _nodesWithErrors.Add(id);
            }
            if (node is not null)
            {
                nodes[id] = node;
            }
            else
            {
                _graphBroken = true;
            }
        }
        if (map.Entries.Count == 0)
        {
            _diagnostics.Add(map.Start, "\"nodes\" is empty: a definition needs at least a start node and an end");
        }
        return nodes;
    }

    private Node? ReadNode(string id, YamlScalarNode key, YamlNode value)
    {
        if (value is not YamlMappingNode)
        {
            _diagnostics.Add(value.Start, $"node \"{id}\" must be a map of keys, not {Scalars.Shape(value)}");
            return null;
        }
        var typeNode = ((YamlMappingNode)value).Children
            .FirstOrDefault(c => c.Key is YamlScalarNode { Value: "type" }).Value;
        var type = PeekText(value, "type");
        if (type is null)
        {
            _diagnostics.Add((typeNode ?? value).Start, typeNode is null
                ? $"missing required key \"type\" in node \"{id}\"; expected one of: {string.Join(", ", Words.NodeType)}"
                : $"\"type\" of node \"{id}\" must be one of: {string.Join(", ", Words.NodeType)}");
            return null;
        }
        if (!Keys.ByNodeType.TryGetValue(type, out var keys))
        {
            _diagnostics.Add(typeNode!.Start, $"unknown type \"{type}\" in node \"{id}\"{ClosedSet.Hint(type, Words.NodeType)}");
            return null;
        }
        var m = YamlMap.Open(value, $"{type} \"{id}\"", _diagnostics)!;
        m.AllowOnly(keys);
        var name = m.Text("name", required: true) ?? "";
        Node? node = type switch
        {
            "task" => ReadTask(m, id, name),
            "applicant-task" => ReadApplicantTask(m, id, name),
            "parallel" => ReadParallel(m, id, name),
            "join" => ReadJoin(m, id, name),
            "decision" => ReadDecision(m, id, name),
            "timer" => ReadTimer(m, id, name),
            "document" => ReadDocumentNode(m, id, name),
            "notify" => ReadNotify(m, id, name),
            "call" => ReadCall(m, id, name),
            "draw" => ReadDraw(m, id, name),
            _ => ReadEnd(m, id, name),
        };
        // The optional common keys are read once here rather than in every kind's reader.
        return node is null ? null : node with { NameEn = m.Text("name-en"), Step = m.Text("step"), StepEn = m.Text("step-en"), Location = At(key) };
    }

    /// <summary>An optional boundary timer: <c>timeout: { after, next }</c>.</summary>
    private Definitions.Timeout? ReadTimeout(YamlMap owner)
    {
        if (YamlMap.Open(owner.MapValue("timeout"), $"the timeout of {owner.What}", _diagnostics) is not { } t)
        {
            return null;
        }
        t.AllowOnly(Keys.Timeout);
        var after = ReadDuration(t, "after", required: true);
        return new Definitions.Timeout
        {
            After = after ?? default,
            Next = NodeReference(t, "next"),
            Location = At(t.Node),
        };
    }
}
