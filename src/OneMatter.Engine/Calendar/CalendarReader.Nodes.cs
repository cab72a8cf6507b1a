using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace OneMatter.Engine.Calendar;

internal sealed partial class CalendarReader
{
    // Every key of every calendar mapping is required: a forgotten "working-weekends" would
    // silently produce wrong deadlines, so an empty list must be written out as [].
    private Dictionary<string, YamlNode>? Mapping(YamlNode node, string what, string[] keys)
    {
        if (node is not YamlMappingNode mapping)
        {
            Error(node, $"{what} must be a mapping of keys (key: value), not {Describe(node)}");
            return null;
        }

        var values = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach ((YamlNode keyNode, YamlNode value) in mapping.Children)
        {
            string key = (keyNode as YamlScalarNode)?.Value ?? string.Empty;
            if (keys.Contains(key, StringComparer.Ordinal))
            {
                values[key] = value;
                continue;
            }

            string? suggestion = Suggest(key, keys);
            Error(keyNode, suggestion is null
                ? $"unknown key \"{key}\" in {what}: expected {string.Join(", ", keys)}"
                : $"unknown key \"{key}\" in {what}: did you mean \"{suggestion}\"?");
        }

        foreach (string key in keys.Where(key => !values.ContainsKey(key)))
        {
            Error(node, $"missing key \"{key}\" in {what}");
        }

        return values;
    }

    private YamlSequenceNode? Sequence(YamlNode node, string what, string example)
    {
        if (node is YamlSequenceNode sequence)
        {
            return sequence;
        }

        Error(node, $"{what} must be a list like {example}, not {Describe(node)}");
        return null;
    }

    private string? Text(YamlNode node, string what)
    {
        if (node is not YamlScalarNode scalar)
        {
            Error(node, $"{what} must be a single value, not {Describe(node)}");
            return null;
        }

        if (IsEmpty(scalar))
        {
            Error(node, $"{what} is empty");
            return null;
        }

        return scalar.Value!.Trim();
    }

    private static bool IsEmpty(YamlScalarNode scalar) =>
        string.IsNullOrWhiteSpace(scalar.Value)
        || (scalar.Style == ScalarStyle.Plain && scalar.Value is "~" or "null" or "Null" or "NULL");

    private static string Describe(YamlNode node) => node switch
    {
        YamlSequenceNode => "a list",
        YamlMappingNode => "a mapping",
        YamlScalarNode scalar when IsEmpty(scalar) => "an empty value",
        YamlScalarNode scalar => $"the single value \"{scalar.Value}\"",
        _ => "this",
    };

    // A near miss of a known key: same up to case, '_' or ' ' for '-', or at most two edits away.
    private static string? Suggest(string key, string[] keys)
    {
        string normalized = key.Trim().ToLowerInvariant().Replace('_', '-').Replace(' ', '-');
        string? best = null;
        int bestDistance = 3;
        foreach (string candidate in keys)
        {
            int distance = normalized == candidate ? 0 : EditDistance(normalized, candidate);
            if (distance < bestDistance)
            {
                (best, bestDistance) = (candidate, distance);
            }
        }

        return best;
    }

    private static int EditDistance(string a, string b)
    {
        int[] previous = [.. Enumerable.Range(0, b.Length + 1)];
        int[] current = new int[b.Length + 1];
        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
