using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;

namespace OneMatter.Server.Benchmarks;

/// <summary>
/// <c>GET /api/tasks?filter=…&amp;page=…&amp;pageSize=20</c> as the benchmark officer, from
/// <c>clients</c> concurrent loops for a fixed duration after a warm-up. Each loop walks the four
/// views in turn and the first five pages of each (an officer pages a little, rarely far), so
/// every request is a different query than the one before it on that connection.
/// </summary>
internal static class InboxRun
{
    public static readonly string[] Filters = ["pending", "mine", "due-soon", "overdue"];

    /// <summary>Each view's total as the API reports it (one request each).</summary>
    public static async Task<Dictionary<string, int>> TotalsAsync(HttpClient officer)
    {
        var totals = new Dictionary<string, int>();
        foreach (var filter in Filters)
        {
            var page = await officer.GetFromJsonAsync<JsonElement>($"/api/tasks?filter={filter}&page=1&pageSize=20");
            totals[filter] = page.GetProperty("total").GetInt32();
        }
        return totals;
    }

    public static async Task<InboxResult> RunAsync(HttpClient officer, int clients, TimeSpan warmUp, TimeSpan duration)
    {
        await LoopAsync(officer, clients, warmUp, null, Page);
        var byFilter = Filters.ToDictionary(f => f, _ => new Latencies());
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        var errors = await LoopAsync(officer, clients, duration, byFilter, Page);
        watch.Stop();
        cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        var all = new Latencies();
        foreach (var l in byFilter.Values)
        {
            all.AddAll(l);
        }
        return new InboxResult(all, byFilter, errors, watch.Elapsed, await TotalsAsync(officer), cpu);
    }

    /// <summary>Floors of this machine's HTTP path, reported beside the inbox: the same loops on
    /// <c>GET /healthz</c> (anonymous, no database) or <c>GET /api/account/me</c> (bearer
    /// authentication, no database).</summary>
    public static async Task<InboxResult> BaselineAsync(HttpClient client, string path, int clients, TimeSpan duration)
    {
        var latencies = new Latencies();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        var errors = await LoopAsync(client, clients, duration, new() { [path] = latencies }, (_, _) => (path, path));
        watch.Stop();
        return new InboxResult(latencies, new Dictionary<string, Latencies> { [path] = latencies }, errors, watch.Elapsed, new Dictionary<string, int>(),
            Process.GetCurrentProcess().TotalProcessorTime - cpu);
    }

    /// <summary>Request i of client c: the views in turn, pages 1 to 5.</summary>
    private static (string Key, string Path) Page(int c, int i)
    {
        var filter = Filters[i % Filters.Length];
        var page = 1 + i / Filters.Length % 5;
        return (filter, $"/api/tasks?filter={filter}&page={page}&pageSize=20");
    }

    private static async Task<int> LoopAsync(HttpClient officer, int clients, TimeSpan duration, Dictionary<string, Latencies>? record,
        Func<int, int, (string Key, string Path)> request)
    {
        var errors = 0;
        var end = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        async Task Client(int c)
        {
            for (var i = c; Stopwatch.GetTimestamp() < end; i++)
            {
                var (key, path) = request(c, i);
                var t0 = Stopwatch.GetTimestamp();
                using var response = await officer.GetAsync(path);
                await response.Content.ReadAsByteArrayAsync();
                record?[key].Add(t0);
                if (!response.IsSuccessStatusCode && Interlocked.Increment(ref errors) == 1)
                {
                    Console.WriteLine($"  first error: {(int)response.StatusCode} for {path}");
                }
            }
        }
        await Task.WhenAll(Enumerable.Range(0, clients).Select(c => Task.Run(() => Client(c))));
        return errors;
    }

    /// <summary>
    /// Open loop: request k is sent at start + k / <paramref name="rate"/> whether or not earlier
    /// ones have answered, and its latency counts from that scheduled instant (a slow answer is not
    /// hidden by the client waiting before it sends the next: no coordinated omission). The closed
    /// loops above saturate both cores, so their p99 is mostly queueing; this answers what an
    /// officer waits at a given load.
    /// </summary>
    public static async Task<InboxResult> AtRateAsync(HttpClient officer, int rate, TimeSpan duration)
    {
        var byFilter = Filters.ToDictionary(f => f, _ => new Latencies());
        var count = (int)(rate * duration.TotalSeconds);
        var errors = 0;
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var start = Stopwatch.GetTimestamp();
        var requests = new List<Task>(count);
        for (var k = 0; k < count; k++)
        {
            var scheduled = start + (long)(k * (double)Stopwatch.Frequency / rate);
            // No spinning (it would take a core from the server): a timer wait, which sends late
            // by up to a millisecond, and that lateness counts against the server.
            var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), scheduled);
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait);
            }
            var (key, path) = Page(0, k);
            requests.Add(Task.Run(async () =>
            {
                using var response = await officer.GetAsync(path);
                await response.Content.ReadAsByteArrayAsync();
                byFilter[key].Add(scheduled);
                if (!response.IsSuccessStatusCode && Interlocked.Increment(ref errors) == 1)
                {
                    Console.WriteLine($"  first error: {(int)response.StatusCode} for {path}");
                }
            }));
        }
        await Task.WhenAll(requests);
        var elapsed = Stopwatch.GetElapsedTime(start);
        cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        var all = new Latencies();
        foreach (var l in byFilter.Values)
        {
            all.AddAll(l);
        }
        return new InboxResult(all, byFilter, errors, elapsed, await TotalsAsync(officer), cpu);
    }
}
