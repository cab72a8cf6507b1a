using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace OneMatter.Engine.Tests.Loading;

/// <summary>Converts YAML to JSON the way YAML 1.2's core schema types plain scalars (what the
/// editors' YAML language server does before it applies <c>schema.json</c>).</summary>
internal static partial class YamlJson
{
    public static JsonElement Convert(string yamlText)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yamlText));
        var node = ToJson(stream.Documents[0].RootNode);
        return JsonSerializer.SerializeToElement(node);
    }

    private static JsonNode? ToJson(YamlNode node) => node switch
    {
        YamlMappingNode map => new JsonObject(map.Children.Select(c =>
            KeyValuePair.Create(((YamlScalarNode)c.Key).Value!, ToJson(c.Value)))),
        YamlSequenceNode list => new JsonArray(list.Children.Select(ToJson).ToArray()),
        YamlScalarNode scalar => Scalar(scalar),
        _ => throw new NotSupportedException(node.GetType().Name),
    };

    private static JsonNode? Scalar(YamlScalarNode scalar)
    {
        var text = scalar.Value ?? "";
        if (scalar.Style is not (ScalarStyle.Plain or ScalarStyle.Any))
        {
            return JsonValue.Create(text);
        }
        if (text is "" or "~" or "null" or "Null" or "NULL")
        {
            return null;
        }
        if (text is "true" or "True" or "TRUE" or "false" or "False" or "FALSE")
        {
            return JsonValue.Create(bool.Parse(text));
        }
        if (Integer().IsMatch(text))
        {
            return JsonValue.Create(long.Parse(text, CultureInfo.InvariantCulture));
        }
        if (Float().IsMatch(text))
        {
            return JsonValue.Create(double.Parse(text, CultureInfo.InvariantCulture));
        }
        return JsonValue.Create(text);
    }

    [GeneratedRegex(@"^[-+]?[0-9]+$")]
    private static partial Regex Integer();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")]
    private static partial Regex Float();
}
