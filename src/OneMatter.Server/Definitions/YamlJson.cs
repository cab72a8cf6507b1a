using System.Globalization;
using System.Text.Json.Nodes;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace OneMatter.Server.Definitions;

/// <summary>
/// A definition's YAML tree as JSON, keys as written. The engine's model holds compiled
/// expressions and polymorphic nodes that are not meant to be serialised; the tree is what the
/// designer wrote, parsed, and round-trips into the web designer's form. Plain scalars follow the
/// YAML core schema (numbers, booleans, null); quoted ones stay strings.
/// </summary>
internal static class YamlJson
{
    /// <summary>The document's root as JSON, or null when the text is not YAML (a stored version
    /// always is).</summary>
    public static JsonNode? Convert(string yaml) => Root(yaml) is { } root ? Node(root) : null;

    /// <summary>The document's root node, or null when the text is not YAML or is empty.</summary>
    public static YamlNode? Root(string yaml)
    {
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            return stream.Documents.Count > 0 ? stream.Documents[0].RootNode : null;
        }
        catch (YamlException)
        {
            return null;
        }
    }

    public static JsonNode? Node(YamlNode node) => node switch
    {
        YamlMappingNode map => new JsonObject(map.Children.Select(c => KeyValuePair.Create(Key(c.Key), Node(c.Value)))),
        YamlSequenceNode list => new JsonArray(list.Children.Select(Node).ToArray()),
        YamlScalarNode scalar => Scalar(scalar),
        _ => null,
    };

    private static string Key(YamlNode key) => key is YamlScalarNode { Value: { } value } ? value : key.ToString();

    private static JsonNode? Scalar(YamlScalarNode scalar)
    {
        var value = scalar.Value;
        if (scalar.Style is not ScalarStyle.Plain || value is null)
        {
            return value is null ? null : JsonValue.Create(value);
        }
        switch (value)
        {
            case "" or "~" or "null" or "Null" or "NULL":
                return null;
            case "true" or "True" or "TRUE":
                return JsonValue.Create(true);
            case "false" or "False" or "FALSE":
                return JsonValue.Create(false);
        }
        if (long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
        {
            return JsonValue.Create(integer);
        }
        if (decimal.TryParse(value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent,
                CultureInfo.InvariantCulture, out var number))
        {
            return JsonValue.Create(number);
        }
        return JsonValue.Create(value);
    }
}
