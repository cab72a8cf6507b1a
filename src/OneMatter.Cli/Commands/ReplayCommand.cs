using System.Text.Json;
using OneMatter.Engine.Interpreter;
using OneMatter.Storage;

namespace OneMatter.Cli.Commands;

/// <summary><c>replay &lt;instance&gt; [--database db]</c>: folds the instance's stored events
/// with <see cref="MatterEngine.Replay"/> and compares the result with the stored snapshot;
/// prints the differing lines and exits 1 when they differ.</summary>
internal static class ReplayCommand
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static int Run(Options options, TextWriter output, TextWriter error)
    {
        if (options.Positional.Count != 1)
        {
            error.WriteLine("usage: replay <instance> [--database db]");
            return 2;
        }
        var id = options.Positional[0];
        var store = DatabaseLocator.Open(options, error);
        if (store is null)
        {
            return 2;
        }
        var stored = store.LoadAsync(id).GetAwaiter().GetResult();
        if (stored is null)
        {
            error.WriteLine($"no instance \"{id}\"");
            return 1;
        }
        var events = store.EventsAsync(id).GetAwaiter().GetResult();
        var replayed = MatterEngine.Replay(events);
        var expected = Lines(MatterJson.Serialize(stored.State));
        var actual = Lines(MatterJson.Serialize(replayed));
        var differences = Diff(expected, actual).ToList();
        if (differences.Count == 0)
        {
            output.WriteLine($"{id}: {events.Count} events replay to the stored snapshot (version {stored.Version})");
            return 0;
        }
        output.WriteLine($"{id}: {events.Count} events do NOT replay to the stored snapshot (- stored, + replayed):");
        foreach (var line in differences.Take(40))
        {
            output.WriteLine(line);
        }
        return 1;
    }

    /// <summary>Indented JSON lines, so a difference shows as the property that differs.</summary>
    private static string[] Lines(string json)
    {
        using var document = JsonDocument.Parse(json);
        return JsonSerializer.Serialize(document.RootElement, Indented).Split('\n');
    }

    /// <summary>A plain line diff: lines only in one side, in order. Snapshots differ in a few
    /// places, so a longest-common-subsequence over a few hundred lines is cheap.</summary>
    private static IEnumerable<string> Diff(string[] a, string[] b)
    {
        var lcs = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                lcs[i, j] = a[i] == b[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }
        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y])
            {
                x++;
                y++;
            }
            else if (y < b.Length && (x == a.Length || lcs[x, y + 1] >= lcs[x + 1, y]))
            {
                yield return "+ " + b[y++].TrimEnd();
            }
            else
            {
                yield return "- " + a[x++].TrimEnd();
            }
        }
    }
}
