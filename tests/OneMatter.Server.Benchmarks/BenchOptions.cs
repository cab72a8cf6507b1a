using System.Globalization;

namespace OneMatter.Server.Benchmarks;

/// <summary>Command-line options. <c>--quick</c> shrinks every default so a smoke run takes well
/// under a minute; any option given explicitly wins over either set of defaults.</summary>
internal sealed record BenchOptions(bool Quick, int Tasks, int Clients, TimeSpan WarmUp, TimeSpan Duration, int Matters, int InFlight, int Rounds,
    bool NoWhatIf, string? Folder, int Rate)
{
    public static BenchOptions Parse(string[] args)
    {
        var quick = args.Contains("--quick");
        int Int(string name, int fallback)
        {
            var i = Array.IndexOf(args, name);
            return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
        }
        var folder = Array.IndexOf(args, "--folder") is var f and >= 0 && f + 1 < args.Length ? args[f + 1] : null;
        return new BenchOptions(
            quick,
            Tasks: Int("--tasks", quick ? 20_000 : 1_000_000),
            Clients: Int("--clients", quick ? 16 : 32),
            // Ten seconds: after five, a profile still found a tenth of the samples in the JIT,
            // and the closed loops' p99 swung by half between runs.
            WarmUp: TimeSpan.FromSeconds(Int("--warmup", quick ? 1 : 10)),
            Duration: TimeSpan.FromSeconds(Int("--duration", quick ? 4 : 30)),
            Matters: Int("--matters", quick ? 60 : 300),
            InFlight: Int("--in-flight", 64),
            Rounds: Int("--rounds", quick ? 1 : 2),
            NoWhatIf: args.Contains("--no-what-if"),
            folder,
            // The open-loop inbox run's requests per second: a quarter of what the closed loops
            // reached on a quiet machine, and still ten times a county's officers all refreshing
            // their inbox every few seconds.
            Rate: Int("--rate", quick ? 50 : 200));
    }
}
