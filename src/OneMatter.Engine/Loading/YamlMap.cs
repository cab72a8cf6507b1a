using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace OneMatter.Engine.Loading;

/// <summary>
/// Reads one YAML mapping as an element of a known shape (a task, a form field, a unit): checks
/// its keys against the allowed ones and hands out typed values, reporting every problem to the
/// <see cref="Diagnostics"/> at the offending node and carrying on with what is usable.
/// </summary>
internal sealed partial class YamlMap
{
    private readonly Dictionary<string, (YamlScalarNode Key, YamlNode Value)> _byKey = new(StringComparer.Ordinal);
    private readonly List<(YamlScalarNode Key, YamlNode Value)> _entries = [];

    private YamlMap(YamlMappingNode node, string what, Diagnostics diagnostics)
    {
        Node = node;
        What = what;
        Diagnostics = diagnostics;
    }

    /// <summary>The mapping.</summary>
    public YamlMappingNode Node { get; }

    /// <summary>What the element is, for messages: <c>task "accept"</c>.</summary>
    public string What { get; }

    /// <summary>Where errors go.</summary>
    public Diagnostics Diagnostics { get; }

    /// <summary>Where the mapping starts.</summary>
    public Mark Start => Node.Start;

    /// <summary>The entries with plain keys, in file order, without repeated keys.</summary>
    public IReadOnlyList<(YamlScalarNode Key, YamlNode Value)> Entries => _entries;

    /// <summary>Opens <paramref name="node"/> as a mapping, or reports that it is not one.
    /// Repeated keys are reported with <paramref name="duplicate"/> (given the key and the line
    /// of its first occurrence) or a generic message.</summary>
    public static YamlMap? Open(YamlNode? node, string what, Diagnostics diagnostics,
        Func<string, long, string>? duplicate = null)
    {
        if (node is not YamlMappingNode mapping)
        {
            if (node is not null)
            {
                diagnostics.Add(node.Start, $"{what} must be a map of keys, not {Scalars.Shape(node)}");
            }
            return null;
        }
        var map = new YamlMap(mapping, what, diagnostics);
        foreach (var (key, value) in mapping.Children)
        {
            if (key is not YamlScalarNode { Value: { } name } scalar || Scalars.IsNull(scalar))
            {
                diagnostics.Add(key.Start, $"keys in {what} must be plain words, not {Scalars.Shape(key)}");
                continue;
            }
            if (DuplicateKey.TryRead(name, out var original))
            {
                var firstLine = map._byKey.TryGetValue(original, out var first) ? first.Key.Start.Line : 0;
                diagnostics.Add(key.Start, duplicate is null
                    ? $"duplicate key \"{original}\" in {what} (first at line {firstLine})"
                    : duplicate(original, firstLine));
                continue;
            }
            map._byKey[name] = (scalar, value);
            map._entries.Add((scalar, value));
        }
        return map;
    }

    /// <summary>Reports every key not in <paramref name="allowed"/>, suggesting the nearest
    /// allowed key or else listing them all.</summary>
    public void AllowOnly(IReadOnlyList<string> allowed)
    {
        foreach (var (key, _) in _entries)
        {
            if (!allowed.Contains(key.Value!))
            {
                var hint = Suggest.Closest(key.Value!, allowed) is { } near
                    ? $"; did you mean \"{near}\"?"
                    : $"; allowed keys: {string.Join(", ", allowed)}";
                Diagnostics.Add(key.Start, $"unknown key \"{key.Value}\" in {What}{hint}");
            }
        }
    }

    /// <summary>Whether the key is present (even with an empty value).</summary>
    public bool Has(string key) => _byKey.ContainsKey(key);

    /// <summary>The value of the key, or null when absent.</summary>
    public YamlNode? Get(string key) => _byKey.TryGetValue(key, out var entry) ? entry.Value : null;

    /// <summary>The key node itself, or null when absent.</summary>
    public YamlScalarNode? KeyNode(string key) => _byKey.TryGetValue(key, out var entry) ? entry.Key : null;

    /// <summary>The value of a required key; reports it missing (at the mapping) when absent.</summary>
    public YamlNode? Require(string key)
    {
        var value = Get(key);
        if (value is null)
        {
            Diagnostics.Add(Start, $"missing required key \"{key}\" in {What}");
        }
        return value;
    }

    /// <summary>Reports a shape error for the value of <paramref name="key"/>.</summary>
    public void WrongShape(string key, YamlNode value, string expected) =>
        Diagnostics.Add(value.Start, $"\"{key}\" of {What} must be {expected}, not {Scalars.Shape(value)}");
}
