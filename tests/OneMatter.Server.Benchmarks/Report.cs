namespace OneMatter.Server.Benchmarks;

/// <summary>The two result tables, the ratio against the targets and the load averages they were
/// measured under.</summary>
internal static class Report
{
    public static void Print(BenchOptions options, SeedPlan plan, InboxResult inbox, InboxResult atRate, InboxResult? withIndex, IReadOnlyList<InboxResult> floors, CompletionResult http, CompletionResult direct,
        (CompletionResult Direct, CompletionResult Http)? whatIf,
        (string Start, string BeforeInbox, string AfterInbox, string BeforeCompletions, string AfterCompletions, string End) load)
    {
        Console.WriteLine();
        Console.WriteLine($"Inbox over HTTP: {plan.Tasks:N0} task rows, {options.Clients} clients, {inbox.Elapsed.TotalSeconds:0.0} s " +
            $"(load average {load.BeforeInbox} before, {load.AfterInbox} after)");
        Console.WriteLine($"{"view",-18}{"total",10}{"requests",10}{"req/s",9}{"p50 ms",9}{"p95 ms",9}{"p99 ms",9}{"max ms",9}");
        foreach (var (filter, latencies) in inbox.ByFilter)
        {
            Row(filter, inbox.Totals[filter].ToString("N0", System.Globalization.CultureInfo.InvariantCulture), latencies, inbox.Elapsed);
        }
        Row("all", "", inbox.All, inbox.Elapsed);
        foreach (var floor in floors)
        {
            var (path, latencies) = floor.ByFilter.Single();
            Row(path, "", latencies, floor.Elapsed);
        }
        Console.WriteLine($"process CPU per request (server and driver together): inbox page {inbox.CpuMsEach:0.00} ms, " +
            string.Join(", ", floors.Select(f => $"{f.ByFilter.Keys.Single()} {f.CpuMsEach:0.00} ms")));
        if (withIndex is not null)
        {
            Console.WriteLine($"what-if, after {IndexExperiment.Sql} in this temp database ({withIndex.Elapsed.TotalSeconds:0.0} s):");
            foreach (var (filter, latencies) in withIndex.ByFilter)
            {
                Row(filter, "", latencies, withIndex.Elapsed);
            }
            Row("all", "", withIndex.All, withIndex.Elapsed);
            Console.WriteLine($"process CPU per request with the index: {withIndex.CpuMsEach:0.00} ms");
        }
        Console.WriteLine($"open loop at {options.Rate} requests/s ({atRate.All.Count:N0} requests in {atRate.Elapsed.TotalSeconds:0.0} s, latency from each scheduled instant):");
        foreach (var (filter, latencies) in atRate.ByFilter)
        {
            Row(filter, "", latencies, atRate.Elapsed);
        }
        Row("all", "", atRate.All, atRate.Elapsed);
        Console.WriteLine($"process CPU per request in the open loop: {atRate.CpuMsEach:0.00} ms");
        var rateP99 = atRate.All.Percentile(0.99);
        Console.WriteLine($"inbox page p99 at {options.Rate} requests/s = {rateP99:0.0} ms (target < 50 ms: {(rateP99 < 50 ? "met" : "NOT met")}); {atRate.Errors} errors");
        var p99 = inbox.All.Percentile(0.99);
        Console.WriteLine($"inbox page p99 with {options.Clients} closed loops (saturated) = {p99:0.0} ms (target < 50 ms: {(p99 < 50 ? "met" : "NOT met")}); {inbox.Errors} errors" +
            (withIndex is null ? "" : $"; after the what-if ANALYZE {withIndex.All.Percentile(0.99):0.0} ms, {withIndex.Errors} errors"));

        Console.WriteLine();
        Console.WriteLine($"Completions (rural-housing reviews), {options.InFlight} in flight, {options.Rounds} alternating round(s) " +
            $"(load average {load.BeforeCompletions} before, {load.AfterCompletions} after)");
        Console.WriteLine($"{"",-26}{"over HTTP",14}{"in-process",14}");
        Console.WriteLine($"{"completions (failed)",-26}{$"{http.Completed:N0} ({http.Failed})",14}{$"{direct.Completed:N0} ({direct.Failed})",14}");
        Console.WriteLine($"{"elapsed s",-26}{http.Elapsed.TotalSeconds,14:0.00}{direct.Elapsed.TotalSeconds,14:0.00}");
        Console.WriteLine($"{"completions/s",-26}{http.PerSecond,14:N0}{direct.PerSecond,14:N0}");
        Console.WriteLine($"{"latency p50 / p99 ms",-26}{$"{http.Latencies.Percentile(0.5):0} / {http.Latencies.Percentile(0.99):0}",14}" +
            $"{$"{direct.Latencies.Percentile(0.5):0} / {direct.Latencies.Percentile(0.99):0}",14}");
        Console.WriteLine($"{"latency max ms",-26}{http.Latencies.Percentile(1),14:0}{direct.Latencies.Percentile(1),14:0}");
        Console.WriteLine($"{"process CPU ms each",-26}{http.CpuMsEach,14:0.00}{direct.CpuMsEach,14:0.00}");
        Console.WriteLine($"{"mean commit group",-26}{http.MeanGroupSize,14:0.0}{direct.MeanGroupSize,14:0.0}");
        var ratio = http.PerSecond / direct.PerSecond;
        Console.WriteLine($"HTTP / in-process = {http.PerSecond:N0} / {direct.PerSecond:N0} = {ratio:0.00} (target >= 0.50: {(ratio >= 0.5 ? "met" : "NOT met")})");
        if (whatIf is var (d, h))
        {
            Console.WriteLine($"what-if (ANALYZE, one round): HTTP / in-process = {h.PerSecond:N0} / {d.PerSecond:N0} = {h.PerSecond / d.PerSecond:0.00}; " +
                $"HTTP p50 / p99 {h.Latencies.Percentile(0.5):0} / {h.Latencies.Percentile(0.99):0} ms, CPU {h.CpuMsEach:0.00} vs {d.CpuMsEach:0.00} ms each; " +
                $"{h.Failed + d.Failed} failed");
        }
        Console.WriteLine();
        Console.WriteLine($"load average (1/5/15 min): {load.Start} at start, {load.End} at end");
    }

    private static void Row(string name, string total, Latencies latencies, TimeSpan elapsed) =>
        Console.WriteLine($"{name,-18}{total,10}{latencies.Count,10:N0}{latencies.Count / elapsed.TotalSeconds,9:N0}{latencies.Percentile(0.5),9:0.0}" +
            $"{latencies.Percentile(0.95),9:0.0}{latencies.Percentile(0.99),9:0.0}{latencies.Percentile(1),9:0.0}");
}
