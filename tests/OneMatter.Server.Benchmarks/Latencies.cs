using System.Diagnostics;

namespace OneMatter.Server.Benchmarks;

/// <summary>Request latencies of one measured phase (thread-safe appends, percentiles at the end).</summary>
internal sealed class Latencies
{
    private readonly List<long> _ticks = new(1 << 16);
    private readonly Lock _lock = new();

    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _ticks.Count;
            }
        }
    }

    public void Add(long startTimestamp)
    {
        var elapsed = Stopwatch.GetTimestamp() - startTimestamp;
        lock (_lock)
        {
            _ticks.Add(elapsed);
        }
    }

    public void AddAll(Latencies other)
    {
        lock (other._lock)
        {
            lock (_lock)
            {
                _ticks.AddRange(other._ticks);
            }
        }
    }

    /// <summary>The p-quantile in milliseconds (nearest rank), 0 when empty.</summary>
    public double Percentile(double p)
    {
        long[] sorted;
        lock (_lock)
        {
            sorted = [.. _ticks];
        }
        if (sorted.Length == 0)
        {
            return 0;
        }
        Array.Sort(sorted);
        var rank = Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1);
        return sorted[rank] * 1000.0 / Stopwatch.Frequency;
    }
}
