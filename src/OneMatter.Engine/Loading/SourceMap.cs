using System.Text;
using OneMatter.Engine.Definitions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace OneMatter.Engine.Loading;

/// <summary>
/// Where every element of a definition file was written, by path (<c>/nodes/accept/next</c>,
/// <c>/partners/0</c>; segments escaped as in JSON Pointer). The parser fills it from the YAML
/// tree so the validator, the designer and runtime errors can point at the exact key or value,
/// not only at the enclosing node.
/// </summary>
public sealed partial class SourceMap
{
    private readonly Dictionary<string, Entry> _entries;

    private SourceMap(string file, Dictionary<string, Entry> entries, FileText? text)
    {
        File = file;
        _entries = entries;
        _text = text;
    }

    /// <summary>A map that knows nothing, for definitions built in code.</summary>
    public static SourceMap Empty { get; } = new("", new Dictionary<string, Entry>(StringComparer.Ordinal), null);

    /// <summary>The file the positions refer to.</summary>
    public string File { get; }

    /// <summary>Where the value at <paramref name="path"/> starts, or else where its nearest
    /// recorded ancestor starts (a shorthand such as <c>accept: review</c> has no
    /// <c>/next</c> of its own); <see cref="SourceLocation.None"/> when nothing is known.</summary>
    public SourceLocation Locate(string path) => Nearest(path) is { } entry ? entry.Start : SourceLocation.None;

    /// <summary>Where the text of the scalar at <paramref name="path"/> begins: after an
    /// opening quote, or on the first content line of a <c>|</c> or <c>&gt;</c> block. Positions
    /// inside an expression are offsets from here.</summary>
    public SourceLocation LocateText(string path) => Nearest(path) is { } entry ? entry.Text : SourceLocation.None;

    /// <summary>Where the key of the entry at <paramref name="path"/> is written (the value's
    /// position for list items and the root).</summary>
    public SourceLocation LocateKey(string path) => Nearest(path) is { } entry ? entry.Key : SourceLocation.None;

    /// <summary>For a path with no entry of its own: the nearest ancestor when that is a scalar,
    /// i.e. a shorthand that stands for the whole element (<c>accept: review</c> for
    /// <c>/outcomes/accept/next</c>); otherwise <see cref="SourceLocation.None"/>.</summary>
    public SourceLocation LocateShorthand(string path)
    {
        var cut = path.LastIndexOf('/');
        return cut >= 0 && Nearest(path[..cut]) is { IsScalar: true } entry ? entry.Start : SourceLocation.None;
    }

    /// <summary>Whether something was written at exactly <paramref name="path"/>.</summary>
    public bool Contains(string path) => _entries.ContainsKey(path);

    /// <summary>Builds a path from raw segments, escaping <c>~</c> and <c>/</c>.</summary>
    public static string Path(params string[] segments)
    {
        var builder = new StringBuilder();
        foreach (var segment in segments)
        {
            builder.Append('/').Append(segment.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal));
        }
        return builder.ToString();
    }

    private Entry? Nearest(string path)
    {
        while (true)
        {
            if (_entries.TryGetValue(path, out var entry))
            {
                return entry;
            }
            var cut = path.LastIndexOf('/');
            if (cut < 0)
            {
                return null;
            }
            path = path[..cut];
        }
    }

    /// <summary>Records every node of the tree under its path.</summary>
    internal static SourceMap Build(YamlNode root, string file, string text)
    {
        var lines = text.Split('\n');
        var entries = new Dictionary<string, Entry>(StringComparer.Ordinal);
        var fileText = new FileText(text);
        var visiting = new HashSet<YamlNode>(ReferenceEqualityComparer.Instance);
        Walk(root, "", root.Start);

        void Walk(YamlNode node, string path, Mark key)
        {
            var start = At(file, node.Start);
            var textStart = TextStart(node, start, lines);
            entries.TryAdd(path, new Entry(start, textStart, At(file, key), node is YamlScalarNode));
            if (node is YamlScalarNode scalar)
            {
                fileText.Scalars.TryAdd(textStart, scalar);
            }
            // An alias shares its anchor's node; walking it again could loop forever.
            if (!visiting.Add(node))
            {
                return;
            }
            switch (node)
            {
                case YamlMappingNode map:
                    foreach (var (k, v) in map.Children)
                    {
                        if (k is YamlScalarNode { Value: { } name } && !DuplicateKey.TryRead(name, out _))
                        {
                            Walk(v, path + Path(name), k.Start);
                        }
                    }
                    break;
                case YamlSequenceNode list:
                    for (var i = 0; i < list.Children.Count; i++)
                    {
                        Walk(list.Children[i], path + "/" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), list.Children[i].Start);
                    }
                    break;
            }
            visiting.Remove(node);
        }

        return new SourceMap(file, entries, fileText);
    }

    /// <summary>Where a scalar's text begins (see <see cref="LocateText"/>).</summary>
    internal static SourceLocation TextStart(YamlNode node, SourceLocation start, string[] lines)
    {
        if (node is not YamlScalarNode scalar)
        {
            return start;
        }
        switch (scalar.Style)
        {
            case ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted:
                return start with { Column = start.Column + 1 };
            case ScalarStyle.Literal or ScalarStyle.Folded:
                // The block's text starts on the first non-blank line after the indicator.
                for (var i = start.Line; i < lines.Length; i++)
                {
                    var line = lines[i].TrimEnd('\r');
                    if (line.Trim().Length > 0)
                    {
                        return new SourceLocation(start.File, i + 1, line.Length - line.TrimStart(' ').Length + 1);
                    }
                }
                return start;
            default:
                return start;
        }
    }

    private static SourceLocation At(string file, Mark mark) =>
        new(file, (int)Math.Min(mark.Line, int.MaxValue), (int)Math.Min(mark.Column, int.MaxValue));

    private readonly record struct Entry(SourceLocation Start, SourceLocation Text, SourceLocation Key, bool IsScalar);
}
