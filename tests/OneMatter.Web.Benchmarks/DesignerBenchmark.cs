using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using OneMatter.Web.Tests.Support;

namespace OneMatter.Web.Benchmarks;

// How long the designer takes to open a large definition, in Debian's Chromium against the real
// server (the browser tests' WebAppServer: Kestrel, a fresh SQLite file, every shipped definition).
//
//   dotnet run -c Release --project tests/OneMatter.Web.Benchmarks [-- --runs 15 --warmup 3 --nodes 200]
//
// A generated definition of --nodes nodes is published through the API; then, signed in as the
// designer, each run opens it and the shipped rural-housing definition (the reference) one after
// the other, so both see the same machine load:
//   - "from the list": on /designer, the row's 打开 button is clicked;
//   - "page load": /designer/{id} is loaded from scratch (the app's code from the browser cache).
// Measured per opening:
//   - ready: from the click (its event time) or the navigation start to the mark
//     `om:designer:ready` the canvas sets once it shows the definition: every node placed and
//     sized (the minimap draws all of them), those in view rendered, painted, the viewport fitted;
//   - wall: what Playwright sees, from asking for the click or navigation until the mark is seen
//     (it polls on animation frames, so the page must be free to answer);
//   - CPU: the CPU time of the page's renderer process over the same span (Chrome's ProcessTime
//     metric): the work itself, which time sharing with other processes does not stretch the way
//     it stretches the elapsed times;
//   - select: then clicking the node nearest the canvas centre until it shows selected: whether the page is
//     interactive, not still busy with work queued behind the first paint.
// Node positions the designer keeps in localStorage are cleared before every opening, so each one
// lays the definition out as a first opening does. Medians and p90 are printed as Markdown, with
// the ratio large ÷ reference, which carries over between machines better than the milliseconds.
internal static class DesignerBenchmark
{
    public static async Task<int> Main(string[] args)
    {
        var runs = Option(args, "--runs", 15);
        var warmup = Option(args, "--warmup", 3);
        var nodeCount = Option(args, "--nodes", 200);
        if (Chromium.SkipReason is { } missing)
        {
            Console.Error.WriteLine(missing);
            return 2;
        }

        const string reference = "rural-housing";
        var large = $"large-{nodeCount}";
        var definitions = new[] { large, reference };
        var loadBefore = LoadAverage();

        // The factory finds the server's content root through MvcTestingAppManifest.json in the
        // current directory, which `dotnet run` leaves at the repository root; name it instead.
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_ONEMATTER_SERVER", Path.Combine(Repo.Root, "src", "OneMatter.Server"));
        var server = new WebAppServer();
        await ((IAsyncLifetime)server).InitializeAsync();
        try
        {
            await PublishAsync(server, large, LargeDefinition.Yaml(large, nodeCount));
            var sizes = new Dictionary<string, int>();
            var page = await server.NewPageAsync();
            await Ui.SignInAsync(page, "designer");

            if (args.Contains("--profile"))
            {
                await ProfileAsync(page, large, Path.Combine(Path.GetTempPath(), "designer-open.cpuprofile"));
            }

            var samples = new Dictionary<(string Definition, string Scenario), List<Sample>>();
            for (var run = 0; run < warmup + runs; run++)
            {
                foreach (var id in definitions)
                {
                    foreach (var scenario in new[] { "from the list", "page load" })
                    {
                        var sample = scenario == "page load" ? await LoadAsync(page, id) : await OpenFromListAsync(page, id);
                        sizes[id] = sample.Nodes;
                        // Every node is on the canvas: the minimap draws each one that has a place and a size.
                        await Microsoft.Playwright.Assertions.Expect(page.Locator(".react-flow__minimap-node")).ToHaveCountAsync(sample.Nodes);
                        var timed = sample with { Select = await SelectInViewAsync(page, id) };
                        var label = run < warmup ? "warm-up" : $"run {run - warmup + 1}";
                        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                            $"{label,-8} {id,-14} {scenario,-14} ready {timed.Ready,7:0} ms  wall {timed.Wall,7:0} ms  CPU {timed.Cpu,6:0} ms  select {timed.Select,6:0} ms  ({timed.Rendered} of {timed.Nodes} nodes rendered)"));
                        if (run >= warmup)
                        {
                            (samples.TryGetValue((id, scenario), out var list) ? list : samples[(id, scenario)] = []).Add(timed);
                        }
                    }
                }
            }

            var loadAfter = LoadAverage();
            var inv = CultureInfo.InvariantCulture;
            Console.WriteLine(string.Create(inv, $"Designer opening, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {runs} runs after {warmup} warm-up, Chromium {page.Context.Browser?.Version} headless (software rendering), {Environment.ProcessorCount} cores, load average {loadBefore} before and {loadAfter} after"));
            Console.WriteLine();
            Console.WriteLine("| definition | nodes | opened | ready median | ready p90 | wall median | wall p90 | CPU median | select median |");
            Console.WriteLine("|---|---|---|---|---|---|---|---|---|");
            foreach (var ((id, scenario), list) in samples.OrderBy(s => s.Key.Scenario, StringComparer.Ordinal).ThenBy(s => s.Key.Definition == reference))
            {
                Console.WriteLine(string.Create(inv,
                    $"| {id} | {sizes[id]} | {scenario} | {Median(list, s => s.Ready):0} ms | {P90(list, s => s.Ready):0} ms | {Median(list, s => s.Wall):0} ms | {P90(list, s => s.Wall):0} ms | {Median(list, s => s.Cpu):0} ms | {Median(list, s => s.Select):0} ms |"));
            }
            foreach (var scenario in samples.Keys.Select(k => k.Scenario).Distinct().Order(StringComparer.Ordinal))
            {
                var big = samples[(large, scenario)];
                var small = samples[(reference, scenario)];
                Console.WriteLine(string.Create(inv,
                    $"| {large} ÷ {reference} | {sizes[large]} ÷ {sizes[reference]} | {scenario} | {Median(big, s => s.Ready) / Median(small, s => s.Ready):0.00}× | {P90(big, s => s.Ready) / P90(small, s => s.Ready):0.00}× | {Median(big, s => s.Wall) / Median(small, s => s.Wall):0.00}× | {P90(big, s => s.Wall) / P90(small, s => s.Wall):0.00}× | {Median(big, s => s.Cpu) / Median(small, s => s.Cpu):0.00}× | {Median(big, s => s.Select) / Median(small, s => s.Select):0.00}× |"));
            }
            return 0;
        }
        finally
        {
            await ((IAsyncLifetime)server).DisposeAsync();
        }
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private static double Median(List<Sample> list, Func<Sample, double> value) => Percentile(list, value, 0.5);

    private static double P90(List<Sample> list, Func<Sample, double> value) => Percentile(list, value, 0.9);

    // Nearest rank: the smallest value at least the fraction of the samples are not above.
    private static double Percentile(List<Sample> list, Func<Sample, double> value, double fraction)
    {
        var sorted = list.Select(value).Order().ToArray();
        return sorted[Math.Max(0, (int)Math.Ceiling(fraction * sorted.Length) - 1)];
    }

    // Saves the definition as a draft and publishes it, as the designer's own buttons do.
    private static async Task PublishAsync(WebAppServer server, string id, string yaml)
    {
        using var designer = await server.ApiAsync("designer");
        var saved = await designer.PutAsJsonAsync($"/api/definitions/{id}/draft", new { yaml });
        var body = await saved.Content.ReadAsStringAsync();
        if (!saved.IsSuccessStatusCode || !JsonDocument.Parse(body).RootElement.GetProperty("valid").GetBoolean())
        {
            throw new InvalidOperationException($"the generated definition was not accepted: {(int)saved.StatusCode} {body}");
        }
        var published = await designer.PostAsync($"/api/definitions/{id}/publish", null);
        if (!published.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"publishing failed: {(int)published.StatusCode} {await published.Content.ReadAsStringAsync()}");
        }
    }

    // The mark's detail says which definition and how many nodes; `since` is the event time the
    // measurement starts at (0: the navigation start).
    private static async Task<Sample> ReadyAsync(IPage page, string id, Stopwatch wall, string since, Cpu cpu)
    {
        await page.WaitForFunctionAsync(
            "id => performance.getEntriesByName('om:designer:ready').some(m => m.detail && m.detail.id === id)", id,
            new PageWaitForFunctionOptions { Timeout = 60_000 });
        wall.Stop();
        var used = await cpu.ElapsedAsync();
        var mark = await page.EvaluateAsync<JsonElement>(
            $"id => {{ const m = performance.getEntriesByName('om:designer:ready').find(m => m.detail.id === id); return {{ at: m.startTime - ({since}), nodes: m.detail.nodes, rendered: document.querySelectorAll('.react-flow__node').length }}; }}", id);
        return new Sample(mark.GetProperty("at").GetDouble(), wall.Elapsed.TotalMilliseconds, used, 0,
            mark.GetProperty("nodes").GetInt32(), mark.GetProperty("rendered").GetInt32());
    }

    // One opening from the list under Chrome's sampling profiler, after one without it; the
    // profile opens in Chrome's DevTools (Performance) or any .cpuprofile viewer.
    private static async Task ProfileAsync(IPage page, string id, string path)
    {
        await OpenFromListAsync(page, id);
        var cdp = await page.Context.NewCDPSessionAsync(page);
        await cdp.SendAsync("Profiler.enable");
        await cdp.SendAsync("Profiler.setSamplingInterval", new Dictionary<string, object> { ["interval"] = 200 });
        await cdp.SendAsync("Profiler.start");
        var sample = await OpenFromListAsync(page, id);
        await page.WaitForTimeoutAsync(1_500);
        var result = await cdp.SendAsync("Profiler.stop");
        await File.WriteAllTextAsync(path, result!.Value.GetProperty("profile").GetRawText());
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"profiled {id}: ready {sample.Ready:0} ms; profile in {path}"));
    }

    private static async Task ClearPositionsAsync(IPage page, string id) =>
        await page.EvaluateAsync("id => localStorage.removeItem('onematter.designer.positions.' + id)", id);

    private static async Task<Sample> OpenFromListAsync(IPage page, string id)
    {
        await page.GotoAsync("/designer");
        var row = page.Locator("tr").Filter(new() { Has = page.Locator("code", new() { HasTextRegex = new Regex("^" + Regex.Escape(id) + "$") }) });
        var open = row.Button("打开");
        await open.WaitForAsync();
        await ClearPositionsAsync(page, id);
        // The click's own event time is when the designer asked; listening in the capture phase sees
        // it before the app does.
        await page.EvaluateAsync("() => { performance.clearMarks(); window.__omClick = undefined; document.addEventListener('click', e => { window.__omClick ??= e.timeStamp; }, { capture: true, once: true }); }");
        var cpu = await Cpu.StartAsync(page);
        var wall = Stopwatch.StartNew();
        await open.ClickAsync();
        return await ReadyAsync(page, id, wall, "window.__omClick", cpu);
    }

    private static async Task<Sample> LoadAsync(IPage page, string id)
    {
        await ClearPositionsAsync(page, id);
        var cpu = await Cpu.StartAsync(page);
        var wall = Stopwatch.StartNew();
        await page.GotoAsync($"/designer/{id}", new PageGotoOptions { WaitUntil = WaitUntilState.Commit });
        return await ReadyAsync(page, id, wall, "0", cpu);
    }

    // Clicks the node nearest the canvas centre and waits until it shows selected.
    private static async Task<double> SelectInViewAsync(IPage page, string id)
    {
        var start = await page.EvaluateAsync<string?>("""
            () => {
              const canvas = document.querySelector('.om-canvas').getBoundingClientRect();
              const cx = canvas.left + canvas.width / 2, cy = canvas.top + canvas.height / 2;
              let best = null, distance = Infinity;
              for (const node of document.querySelectorAll('.om-canvas [data-testid^="node-"]')) {
                const r = node.getBoundingClientRect();
                const d = Math.hypot(r.left + r.width / 2 - cx, r.top + r.height / 2 - cy);
                if (r.left >= canvas.left && r.right <= canvas.right && r.top >= canvas.top && r.bottom <= canvas.bottom && d < distance) {
                  best = node.getAttribute('data-testid');
                  distance = d;
                }
              }
              return best;
            }
            """);
        if (start is null)
        {
            if (Environment.GetEnvironmentVariable("ONEMATTER_BENCH_SCREENSHOT") is { Length: > 0 } shot)
            {
                await page.ScreenshotAsync(new() { Path = shot });
            }
            throw new InvalidOperationException($"{id}: no node in view");
        }
        var node = page.GetByTestId(start);
        var clock = Stopwatch.StartNew();
        await node.ClickAsync();
        try
        {
            await Microsoft.Playwright.Assertions.Expect(node).ToHaveClassAsync(new Regex("om-node--selected"), new() { Timeout = 10_000 });
        }
        catch (PlaywrightException)
        {
            // Seen once in 40 clicks at load average 15 before the canvas owned its selection
            // (canvasSelection.ts): the click did not select. Still said, and tried once more (the
            // time counts both) rather than losing the run.
            Console.Error.WriteLine($"{id}: {start} not selected 10 s after the click; clicking again");
            await node.ClickAsync();
            await Microsoft.Playwright.Assertions.Expect(node).ToHaveClassAsync(new Regex("om-node--selected"));
        }
        return clock.Elapsed.TotalMilliseconds;
    }
}

internal sealed record Sample(double Ready, double Wall, double Cpu, double Select, int Nodes, int Rendered);

/// <summary>The CPU time the page's renderer process has used, through the DevTools protocol.</summary>
internal sealed class Cpu
{
    private readonly ICDPSession _session;
    private readonly double _start;

    private Cpu(ICDPSession session, double start)
    {
        _session = session;
        _start = start;
    }

    public static async Task<Cpu> StartAsync(IPage page)
    {
        var session = await page.Context.NewCDPSessionAsync(page);
        await session.SendAsync("Performance.enable");
        return new Cpu(session, await ProcessTimeAsync(session));
    }

    /// <summary>Milliseconds of CPU since the start; the session is closed.</summary>
    public async Task<double> ElapsedAsync()
    {
        var used = (await ProcessTimeAsync(_session) - _start) * 1000;
        await _session.DetachAsync();
        return used;
    }

    private static async Task<double> ProcessTimeAsync(ICDPSession session)
    {
        var metrics = (await session.SendAsync("Performance.getMetrics"))!.Value.GetProperty("metrics");
        foreach (var metric in metrics.EnumerateArray())
        {
            if (metric.GetProperty("name").GetString() == "ProcessTime")
            {
                return metric.GetProperty("value").GetDouble();
            }
        }
        throw new InvalidOperationException("Chrome reports no ProcessTime metric");
    }
}
