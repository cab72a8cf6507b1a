using System.Diagnostics;

namespace OneMatter.Server.Benchmarks;

// HTTP load driver for the server (see the csproj comment and README "Performance", "HTTP").
//
// (1) Inbox at 1,000,000 task rows. 200 rural-housing matters are applied for and accepted
//     through the server's real CommandWriter, so the Instances and Tasks tables hold rows the
//     real projection wrote. The rest is bulk-inserted in one ADO.NET transaction (InboxSeeder,
//     SeedPlan): --tasks task rows (default 1,000,000), six per matter, over every unit of the
//     org directory (the county bureau cs-natural-resources takes 4 %, the rest share the
//     remainder), 85 % done, 10 % pending, 3 % claimed, 2 % waiting, due dates from 10 days ago to
//     20 days ahead; each seeded matter's instance row is a clone of a real one (the inbox reads
//     the instance of every row it shows). Running the writer for a million tasks would take
//     hours; what the inbox query reads is the same either way. Then officer.cs-natural-resources
//     reads GET /api/tasks?filter=pending|mine|due-soon|overdue&page=1..5&pageSize=20 over HTTP from
//     --clients loops for --duration seconds after --warmup (closed loops: both cores saturated,
//     so the p99 is mostly queueing), then as an open loop at --rate requests/s for as long
//     (latency from each request's scheduled instant); the inbox's SQL is then explained.
// (2) Completions. --matters matters per side are applied for and accepted in-process (four open
//     reviews each); then the same completions run over HTTP (POST /api/tasks/{i}/{t}/complete as
//     the unit's demo officer) and directly through the server's CommandWriter, --in-flight at a
//     time, alternating in --rounds rounds so a change in the shared machine's load hits both;
//     the endpoint's pre-check query is explained.
// (3) What-if (skipped with --no-what-if): ANALYZE in this temp database only (IndexExperiment),
//     then the inbox and one completion round again.
//
// Options: --quick (small sizes, < 60 s), --tasks N, --clients N, --duration S, --warmup S,
// --matters N, --in-flight N, --rounds N, --rate N (the open-loop inbox run, requests/s), --no-what-if (skip the ANALYZE what-if, see IndexExperiment), --folder PATH (default: a temp folder, removed afterwards).

/// <summary>The entry point (named so it does not clash with the server's <c>Program</c>).</summary>
internal static class LoadDriver
{
    private const string OfficerUnit = "cs-natural-resources";
    private const string OfficerUser = "officer." + OfficerUnit;

    public static async Task<int> Main(string[] args)
    {
        var options = BenchOptions.Parse(args);
        var folder = options.Folder ?? Path.Combine(Path.GetTempPath(), "onematter-http-bench-" + Guid.NewGuid().ToString("N"));
        var loadAtStart = LoadAverage.Read();
        Console.WriteLine($"OneMatter HTTP load driver | {Environment.ProcessorCount} cores | {System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription} | " +
            $"{(options.Quick ? "quick" : "full")} | load average {loadAtStart} | folder {folder}");
        var server = new BenchServer(folder);
        try
        {
            server.Start();
            Console.WriteLine($"Server on Kestrel at {server.BaseAddress}");
            var host = server.Host;
            var rural = new RuralHousing(host);

            // (1) Inbox.
            var sample = await rural.PrepareAsync("sample", options.Quick ? 30 : 200, 32);
            // The seed holds the write lock for a minute: let the sample's effects (receipts,
            // timer jobs) be performed first, or they fail on a busy database and wait for a retry.
            await OutboxSettle.WaitAsync(host, TimeSpan.FromSeconds(60));
            var templates = sample.Select(t => t.InstanceId).Distinct().ToList();
            var units = host.Runtime.Engine.Org.Units.Select(u => u.Id).ToList();
            var plan = new SeedPlan(options.Tasks, OfficerUnit, OfficerUser, DateTimeOffset.UtcNow);
            Console.WriteLine($"(1) seeding {plan.Tasks:N0} task rows and {plan.Instances:N0} instance rows over {units.Count} units ...");
            var seedTime = InboxSeeder.Seed(server.DatabaseFile, plan, units, templates);
            Console.WriteLine($"    seeded in {seedTime.TotalSeconds:0.0} s; database {new FileInfo(server.DatabaseFile).Length / 1048576.0:N0} MB; " +
                $"instance rows carry a {InboxSeeder.AverageSnapshotBytes(server.DatabaseFile, templates) / 1024.0:0.0} KB snapshot on average");
            var officer = await server.SignedInAsync(OfficerUser);
            Console.WriteLine($"    inbox of {OfficerUser}: {string.Join(", ", (await InboxRun.TotalsAsync(officer)).Select(kv => $"{kv.Key} {kv.Value:N0}"))}");
            Console.WriteLine($"    {options.Clients} clients, {options.WarmUp.TotalSeconds:0} s warm-up, {options.Duration.TotalSeconds:0} s measured ...");
            var loadBeforeInbox = LoadAverage.Read();
            var inbox = await InboxRun.RunAsync(officer, options.Clients, options.WarmUp, options.Duration);
            Console.WriteLine($"    then an open loop at {options.Rate} requests/s for {options.Duration.TotalSeconds:0} s ...");
            var atRate = await InboxRun.AtRateAsync(officer, options.Rate, options.Duration);
            var anonymous = await InboxRun.BaselineAsync(officer, "/healthz", options.Clients, options.WarmUp);
            var authenticated = await InboxRun.BaselineAsync(officer, "/api/account/me", options.Clients, options.WarmUp);
            var loadAfterInbox = LoadAverage.Read();
            Console.WriteLine("    the inbox's SQL on the seeded database (outside the server, median of 5):");
            QueryPlan.Print(server.DatabaseFile, OfficerUnit, OfficerUser, DateTimeOffset.UtcNow);

            // (2) Completions.
            Console.WriteLine($"(2) preparing {options.Matters:N0} matters per side plus a warm-up set (apply + accept in-process) ...");
            var officers = new Dictionary<string, HttpClient>();
            var warmHttp = Shuffled(await rural.PrepareAsync("warm-http", 20, 32));
            var warmDirect = Shuffled(await rural.PrepareAsync("warm-direct", 20, 32));
            foreach (var unit in warmHttp.Select(t => t.Unit).Distinct())
            {
                officers[unit] = await server.SignedInAsync("officer." + unit);
            }
            var httpRounds = new List<IReadOnlyList<ReviewTask>>();
            var directRounds = new List<IReadOnlyList<ReviewTask>>();
            for (var r = 0; r < options.Rounds; r++)
            {
                httpRounds.Add(Shuffled(await rural.PrepareAsync($"http{r}", options.Matters / options.Rounds, 64)));
                directRounds.Add(Shuffled(await rural.PrepareAsync($"direct{r}", options.Matters / options.Rounds, 64)));
            }
            // Prepared now, completed after the what-if change (see below).
            var whatIfHttp = options.NoWhatIf ? [] : Shuffled(await rural.PrepareAsync("whatif-http", options.Matters / options.Rounds, 64));
            var whatIfDirect = options.NoWhatIf ? [] : Shuffled(await rural.PrepareAsync("whatif-direct", options.Matters / options.Rounds, 64));
            Console.WriteLine("    the HTTP completion's pre-check (does the officer's unit take part), as EF Core translates it:");
            QueryPlan.PrintPreCheck(server.DatabaseFile, httpRounds[0][0].InstanceId, httpRounds[0][0].Unit);
            await CompletionRun.OverHttpAsync(warmHttp, officers, host, options.InFlight);
            await CompletionRun.InProcessAsync(warmDirect, host, options.InFlight);
            var loadBeforeCompletions = LoadAverage.Read();
            var http = new List<CompletionResult>();
            var direct = new List<CompletionResult>();
            var settle = TimeSpan.FromSeconds(120);
            await OutboxSettle.WaitAsync(host, settle);
            async Task<(CompletionResult Direct, CompletionResult Http)> RoundAsync(int r, IReadOnlyList<ReviewTask> directSet, IReadOnlyList<ReviewTask> httpSet)
            {
                // Each phase starts on a settled outbox (see OutboxSettle); the order alternates by round.
                CompletionResult d, h;
                TimeSpan dSettle, hSettle;
                if (r % 2 == 0)
                {
                    d = await CompletionRun.InProcessAsync(directSet, host, options.InFlight);
                    dSettle = await OutboxSettle.WaitAsync(host, settle);
                    h = await CompletionRun.OverHttpAsync(httpSet, officers, host, options.InFlight);
                    hSettle = await OutboxSettle.WaitAsync(host, settle);
                }
                else
                {
                    h = await CompletionRun.OverHttpAsync(httpSet, officers, host, options.InFlight);
                    hSettle = await OutboxSettle.WaitAsync(host, settle);
                    d = await CompletionRun.InProcessAsync(directSet, host, options.InFlight);
                    dSettle = await OutboxSettle.WaitAsync(host, settle);
                }
                Console.WriteLine($"    round {r + 1}: in-process {d.PerSecond:N0}/s (outbox settled {dSettle.TotalSeconds:0.0} s later), " +
                    $"HTTP {h.PerSecond:N0}/s (settled {hSettle.TotalSeconds:0.0} s later); load {LoadAverage.Read()}");
                return (d, h);
            }
            for (var r = 0; r < options.Rounds; r++)
            {
                var (d, h) = await RoundAsync(r, directRounds[r], httpRounds[r]);
                direct.Add(d);
                http.Add(h);
            }
            var loadAfterCompletions = LoadAverage.Read();
            var httpTotal = Sum(http);
            var directTotal = Sum(direct);

            // (3) What-if: both phases again after the fix the plans call for, in this temp database only.
            InboxResult? withIndex = null;
            (CompletionResult Direct, CompletionResult Http)? whatIf = null;
            if (!options.NoWhatIf)
            {
                Console.WriteLine($"(3) what-if, in this temp database only: {IndexExperiment.Sql}");
                IndexExperiment.Apply(server.DatabaseFile);
                QueryPlan.Print(server.DatabaseFile, OfficerUnit, OfficerUser, DateTimeOffset.UtcNow);
                QueryPlan.PrintPreCheck(server.DatabaseFile, whatIfHttp[0].InstanceId, whatIfHttp[0].Unit);
                withIndex = await InboxRun.RunAsync(officer, options.Clients, options.WarmUp, options.Duration / 2);
                whatIf = await RoundAsync(0, whatIfDirect, whatIfHttp);
            }

            var loadAtEnd = LoadAverage.Read();
            Report.Print(options, plan, inbox, atRate, withIndex, [anonymous, authenticated], httpTotal, directTotal, whatIf,
                (loadAtStart, loadBeforeInbox, loadAfterInbox, loadBeforeCompletions, loadAfterCompletions, loadAtEnd));
            foreach (var client in officers.Values.Append(officer))
            {
                client.Dispose();
            }
            return inbox.Errors + atRate.Errors + httpTotal.Failed + directTotal.Failed == 0 ? 0 : 1;
        }
        finally
        {
            await server.DisposeAsync();
            if (options.Folder is null)
            {
                try
                {
                    Directory.Delete(folder, recursive: true);
                }
                catch (IOException)
                {
                    // A file still held by a finishing background job; left for the OS temp cleaner.
                }
            }
            Console.WriteLine($"Total run time {(DateTime.Now - Process.GetCurrentProcess().StartTime).TotalSeconds:0.0} s, " +
                $"peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:N0} MB");
        }
    }

    // The same order for every run, and instances interleaved so officers work in parallel.
    private static List<ReviewTask> Shuffled(IReadOnlyList<ReviewTask> tasks)
    {
        var list = tasks.ToList();
        new Random(42).Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(list));
        return list;
    }

    private static CompletionResult Sum(List<CompletionResult> rounds)
    {
        var latencies = new Latencies();
        foreach (var r in rounds)
        {
            latencies.AddAll(r.Latencies);
        }
        return new CompletionResult(rounds.Sum(r => r.Completed), rounds.Sum(r => r.Failed), TimeSpan.FromTicks(rounds.Sum(r => r.Elapsed.Ticks)), latencies,
            TimeSpan.FromTicks(rounds.Sum(r => r.Cpu.Ticks)), rounds.Average(r => r.MeanGroupSize));
    }
}
