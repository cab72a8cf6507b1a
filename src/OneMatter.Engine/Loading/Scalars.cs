using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace OneMatter.Engine.Loading;

/// <summary>Small facts about YAML nodes shared by the loaders.</summary>
internal static class Scalars
{
    /// <summary>Whether a scalar is YAML's null: empty, <c>~</c> or <c>null</c>, unquoted.</summary>
    public static bool IsNull(YamlScalarNode scalar) =>
        scalar.Style is ScalarStyle.Plain or ScalarStyle.Any
        && scalar.Value is null or "" or "~" or "null" or "Null" or "NULL";

    /// <summary>Whether the node is absent or YAML's null.</summary>
    public static bool IsNull(YamlNode? node) => node is null || (node is YamlScalarNode s && IsNull(s));

    /// <summary>"a map", "a list" or "text", for shape errors.</summary>
    public static string Shape(YamlNode node) => node switch
    {
        YamlMappingNode => "a map",
        YamlSequenceNode => "a list",
        YamlScalarNode s when IsNull(s) => "empty",
        _ => "text",
    };
}
