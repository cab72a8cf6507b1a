namespace OneMatter.Server.Definitions;

/// <summary>
/// A line diff of two texts by longest common subsequence. The common head and tail are cut off
/// first (edits to a definition are usually local), and a middle too large for the quadratic table
/// is shown as removed then added rather than computed, so a request cannot cost much.
/// </summary>
internal static class LineDiff
{
    /// <summary>Largest middle (old lines × new lines) compared line by line.</summary>
    private const long MaxCells = 4_000_000;

    public static List<DiffLineDto> Compute(string older, string newer)
    {
        var a = Lines(older);
        var b = Lines(newer);
        var head = 0;
        while (head < a.Length && head < b.Length && a[head] == b[head])
        {
            head++;
        }
        var tail = 0;
        while (tail < a.Length - head && tail < b.Length - head && a[a.Length - 1 - tail] == b[b.Length - 1 - tail])
        {
            tail++;
        }
        var result = new List<DiffLineDto>(Math.Max(a.Length, b.Length) + 8);
        for (var i = 0; i < head; i++)
        {
            result.Add(new DiffLineDto(" ", i + 1, i + 1, a[i]));
        }
        Middle(a, b, head, a.Length - tail, head, b.Length - tail, result);
        for (var k = tail; k > 0; k--)
        {
            int i = a.Length - k, j = b.Length - k;
            result.Add(new DiffLineDto(" ", i + 1, j + 1, a[i]));
        }
        return result;
    }

    private static void Middle(string[] a, string[] b, int aFrom, int aTo, int bFrom, int bTo, List<DiffLineDto> result)
    {
        int n = aTo - aFrom, m = bTo - bFrom;
        if ((long)n * m > MaxCells)
        {
            for (var i = aFrom; i < aTo; i++)
            {
                result.Add(new DiffLineDto("-", i + 1, null, a[i]));
            }
            for (var j = bFrom; j < bTo; j++)
            {
                result.Add(new DiffLineDto("+", null, j + 1, b[j]));
            }
            return;
        }
        // lcs[i, j]: length of the common subsequence of a[aFrom + i..] and b[bFrom + j..].
        var lcs = new int[n + 1, m + 1];
        for (var i = n - 1; i >= 0; i--)
        {
            for (var j = m - 1; j >= 0; j--)
            {
                lcs[i, j] = a[aFrom + i] == b[bFrom + j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }
        int x = 0, y = 0;
        while (x < n || y < m)
        {
            if (x < n && y < m && a[aFrom + x] == b[bFrom + y])
            {
                result.Add(new DiffLineDto(" ", aFrom + x + 1, bFrom + y + 1, a[aFrom + x]));
                x++;
                y++;
            }
            else if (y < m && (x == n || lcs[x, y + 1] >= lcs[x + 1, y]))
            {
                result.Add(new DiffLineDto("+", null, bFrom + y + 1, b[bFrom + y]));
                y++;
            }
            else
            {
                result.Add(new DiffLineDto("-", aFrom + x + 1, null, a[aFrom + x]));
                x++;
            }
        }
    }

    private static string[] Lines(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n').Split('\n');
}
