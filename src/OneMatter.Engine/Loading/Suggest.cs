namespace OneMatter.Engine.Loading;

/// <summary>"Did you mean …?" for misspelt keys, ids and words: the closest candidate by edit
/// distance, when it is close enough to be a plausible typo.</summary>
internal static class Suggest
{
    /// <summary>The candidate nearest to <paramref name="word"/>, or null when none is within
    /// a third of the word's length (at least 1, at most 3 edits).</summary>
    public static string? Closest(string word, IEnumerable<string> candidates)
    {
        var limit = Math.Clamp(word.Length / 3, 1, 3);
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            if (candidate == word)
            {
                continue;
            }
            var distance = Distance(word, candidate);
            if (distance < bestDistance || (distance == bestDistance && string.CompareOrdinal(candidate, best) < 0))
            {
                best = candidate;
                bestDistance = distance;
            }
        }
        return bestDistance <= limit ? best : null;
    }

    /// <summary><c>; did you mean "x"?</c> or an empty string, ready to append to a message.</summary>
    public static string DidYouMean(string word, IEnumerable<string> candidates) =>
        Closest(word, candidates) is { } hit ? $"; did you mean \"{hit}\"?" : "";

    /// <summary>Optimal string alignment distance: insertions, deletions, substitutions and
    /// swaps of neighbours each cost one, since swapped letters are the commonest typo.</summary>
    public static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }
        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }
        return d[a.Length, b.Length];
    }
}
