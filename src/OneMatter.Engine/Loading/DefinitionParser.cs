using OneMatter.Engine.Definitions;
using YamlDotNet.RepresentationModel;

namespace OneMatter.Engine.Loading;

/// <summary>
/// Reads a matter definition (docs/definitions.md) from YAML into a <see cref="MatterDefinition"/>.
/// Works on YamlDotNet's representation model so every error carries the line and column of the
/// offending key or value, and reports every problem of the file at once. Never throws on bad
/// content: syntax errors, wrong shapes and unknown words all become <see cref="LoadError"/>s.
/// </summary>
public sealed partial class DefinitionParser
{
    private readonly Diagnostics _diagnostics;
    private readonly string[] _lines;
    private readonly string _fileId;
    private readonly HashSet<string> _declaredNodes = new(StringComparer.Ordinal);
    private readonly HashSet<string> _nodesWithErrors = new(StringComparer.Ordinal);
    private bool _graphBroken;
    private SourceMap _sourceMap = SourceMap.Empty;

    private DefinitionParser(string text, string fileName)
    {
        _diagnostics = new Diagnostics(fileName);
        _lines = text.Split('\n');
        _fileId = System.IO.Path.GetFileNameWithoutExtension(fileName);
    }

    /// <summary>Parses one definition file.</summary>
    /// <param name="yamlText">The file's text.</param>
    /// <param name="fileName">The file's name or path: used in every error, and the definition's
    /// <c>id</c> must equal it without extension.</param>
    public static DefinitionParseResult Parse(string yamlText, string fileName)
    {
        ArgumentNullException.ThrowIfNull(yamlText);
        ArgumentNullException.ThrowIfNull(fileName);
        return new DefinitionParser(yamlText, fileName).Run(yamlText);
    }

    private DefinitionParseResult Run(string text)
    {
        var root = YamlText.Load(text, _diagnostics);
        if (root is null)
        {
            return Result(null, SourceMap.Empty);
        }
        _sourceMap = SourceMap.Build(root, _diagnostics.File, text);
        var matter = YamlMap.Open(root, "the definition", _diagnostics);
        return Result(matter is null ? null : ReadMatter(matter), _sourceMap);
    }

    private DefinitionParseResult Result(MatterDefinition? draft, SourceMap sourceMap) =>
        new(draft, _diagnostics.Errors, sourceMap, _declaredNodes, _nodesWithErrors, draft is not null && !_graphBroken);

    /// <summary>Where a YAML node starts, as a model location.</summary>
    private SourceLocation At(YamlNode node) => _diagnostics.Locate(node.Start);

    /// <summary>Where a scalar's text starts (after a quote, or on a block's first line).</summary>
    private SourceLocation TextAt(YamlNode node) => SourceMap.TextStart(node, At(node), _lines);

    /// <summary>Reports an id that breaks the id rule.</summary>
    private void CheckId(YamlScalarNode id, string what)
    {
        if (!Ids.IsValid(id.Value ?? ""))
        {
            _diagnostics.Add(id.Start, $"invalid {what} \"{id.Value}\": {Ids.Rule}");
        }
    }

    /// <summary>A required reference to another node (<c>next</c>, <c>default</c>); a missing one
    /// leaves a hole in the graph, recorded so graph checks stand down.</summary>
    private string NodeReference(YamlMap map, string key)
    {
        var value = map.Text(key, required: true);
        if (value is null)
        {
            _graphBroken = true;
        }
        return value ?? "";
    }

    /// <summary>The <c>id</c> of a mapping, read before it is opened so that messages about the
    /// element can name it.</summary>
    private static string? PeekText(YamlNode node, string key)
    {
        if (node is not YamlMappingNode map)
        {
            return null;
        }
        foreach (var (k, v) in map.Children)
        {
            if (k is YamlScalarNode { Value: { } name } && name == key)
            {
                return v is YamlScalarNode scalar && !Scalars.IsNull(scalar) ? scalar.Value : null;
            }
        }
        return null;
    }
}
