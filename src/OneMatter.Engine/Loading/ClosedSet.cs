using YamlDotNet.RepresentationModel;

namespace OneMatter.Engine.Loading;

/// <summary>Reads words from a closed set (node types, modes, results, levels).</summary>
internal static class ClosedSet
{
    /// <summary>The value of the word in <paramref name="scalar"/>, or null after reporting it
    /// as unknown, with the nearest word or else the whole set.</summary>
    public static T? Read<T>(YamlScalarNode scalar, string key, string what,
        IReadOnlyDictionary<string, T> words, Diagnostics diagnostics)
        where T : struct
    {
        var word = scalar.Value ?? "";
        if (words.TryGetValue(word, out var value))
        {
            return value;
        }
        diagnostics.Add(scalar.Start, $"unknown {key} \"{word}\" in {what}{Hint(word, words.Keys)}");
        return null;
    }

    /// <summary><c>; did you mean "x"?</c>, else <c>; expected one of: a, b, c</c>.</summary>
    public static string Hint(string word, IEnumerable<string> words)
    {
        var all = words.ToList();
        return Suggest.Closest(word, all) is { } near
            ? $"; did you mean \"{near}\"?"
            : $"; expected one of: {string.Join(", ", all)}";
    }
}
