using YamlDotNet.RepresentationModel;

namespace OneMatter.Engine.Loading;

/// <summary>Maps, lists and closed-set words of a mapping.</summary>
internal sealed partial class YamlMap
{
    /// <summary>A mapping value; an empty value counts as absent.</summary>
    public YamlMappingNode? MapValue(string key, bool required = false)
    {
        var value = required ? Require(key) : Get(key);
        switch (value)
        {
            case null:
                return null;
            case YamlMappingNode map:
                return map;
            case YamlScalarNode scalar when Scalars.IsNull(scalar) && !required:
                return null;
            default:
                WrongShape(key, value, "a map");
                return null;
        }
    }

    /// <summary>A list value; an empty value counts as an empty list.</summary>
    public YamlSequenceNode? ListValue(string key, bool required = false)
    {
        var value = required ? Require(key) : Get(key);
        switch (value)
        {
            case null:
                return null;
            case YamlSequenceNode list:
                return list;
            case YamlScalarNode scalar when Scalars.IsNull(scalar):
                return new YamlSequenceNode();
            default:
                WrongShape(key, value, "a list");
                return null;
        }
    }

    /// <summary>A list of plain words (ids); non-text items are reported and skipped.</summary>
    public IReadOnlyList<YamlScalarNode> Words(string key)
    {
        if (ListValue(key) is not { } list)
        {
            return [];
        }
        var words = new List<YamlScalarNode>();
        foreach (var item in list.Children)
        {
            if (item is YamlScalarNode scalar && !Scalars.IsNull(scalar))
            {
                words.Add(scalar);
            }
            else
            {
                Diagnostics.Add(item.Start, $"items of \"{key}\" in {What} must be ids, not {Scalars.Shape(item)}");
            }
        }
        return words;
    }

    /// <summary>A word from a closed set (a type, mode or result), reported with a suggestion
    /// when unknown; <paramref name="noun"/> names it in the message when the key does not
    /// read as a noun (<c>do</c> → action).</summary>
    public T? Word<T>(string key, IReadOnlyDictionary<string, T> words, bool required = false, string? noun = null)
        where T : struct
    {
        if (Scalar(key, required) is not { } scalar)
        {
            return null;
        }
        return ClosedSet.Read(scalar, noun ?? key, What, words, Diagnostics);
    }
}
