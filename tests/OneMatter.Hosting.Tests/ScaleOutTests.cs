using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Npgsql;
using OneMatter.Engine.Events;
using OneMatter.Engine.Persistence;
using OneMatter.Hosting.Tests.Support;
using OneMatter.Storage;
using OneMatter.Storage.Tests.Postgres;
using OneMatter.Storage.Tests.Support;
using Xunit.Abstractions;

namespace OneMatter.Hosting.Tests;

/// <summary>
/// Issue 3's scale-out test: two OneMatter.Node child processes with their own node ids share one
/// database of a private PostgreSQL 15 cluster (matters, outbox and Hangfire's timer jobs), on the
/// real clock, as two servers behind a balancer would. Starts and task completions go through both;
/// the same task completed through both at once is applied once, the other node rejecting it with
/// the conflict; 1,000 timers started through both fire exactly once across the two. Everything is
/// checked on the database from this process. Skipped with the install command when PostgreSQL is
/// missing, unless ONEMATTER_REQUIRE_ALL=1.
/// </summary>
[Collection(AloneCollection.Name)]
public sealed class ScaleOutTests(PostgresCluster cluster, ITestOutputHelper output) : IClassFixture<PostgresCluster>
{
    private const int Timers = 1_000;
    private const int Reviews = 100;
    private const int Races = 20;
    private const int RaceWaves = 4;

    /// <summary>Hangfire workers per node, as in the in-process two-node test: a firing job waits
    /// for its group commit, so the workers of both nodes bound how many of the 1,000 timers that
    /// fall due together are fired per commit.</summary>
    private const int TimerWorkers = 20;

    // Generous upper bounds for a shared 2-core machine; every wait returns as soon as it holds.
    // Under a load average of 35 the starts took 27 s and the timers 16 s more to go quiet.
    private static readonly TimeSpan AckTimeout = TimeSpan.FromSeconds(120);
    private static readonly TimeSpan QuietTimeout = TimeSpan.FromSeconds(120);

    private readonly Stopwatch _clock = Stopwatch.StartNew();

    [RequiresPostgresFact]
    public async Task TwoNodeProcesses_OneDatabase_CompleteTasksThroughBoth_OneOfTwoRacingCompletionsWins_EachTimerFiresOnce()
    {
        var database = await cluster.CreateDatabaseAsync();
        using var folder = new TempDatabase();
        var workspace = Path.GetDirectoryName(folder.File)!;
        var workflows = TestWorkspace.Create(workspace);
        var definitions = CrashMatters.WriteTo(workspace);
        var ledger = new Ledger();
        var nodes = new NodeProcess[2];

        // A review start acknowledged by either node is completed through the node its number
        // picks, independently of the node that started it: both nodes complete tasks, both for
        // instances they started (and cached) and for instances the other node started.
        void OnAck(NodeProcess node, Ack ack)
        {
            var command = ledger.Command(ack.Seq);
            if (command.IsStart && command.Instance.StartsWith("R-", StringComparison.Ordinal) && ack.Applied && ack.Tasks.Count == 1)
            {
                nodes[Number(command.Instance) / 2 % 2].Send(ledger.Complete(command.Instance, ack.Tasks[0]));
            }
        }

        // One after the other: the first migrates the matter database and prepares Hangfire's schema.
        using var a = await NodeProcess.StartAsync(OwnPool(database, "scale-a"), workflows, definitions, OnAck, "scale-a", TimerWorkers);
        using var b = await NodeProcess.StartAsync(OwnPool(database, "scale-b"), workflows, definitions, OnAck, "scale-b", TimerWorkers);
        nodes[0] = a;
        nodes[1] = b;
        var store = await StoreFactory.OpenAsync(StorageOptions.Postgres(OwnPool(database, "scale-test")));
        // PostgreSQL job storage keeps its jobs, so a node joining must not schedule them again.
        Assert.Equal((0, 0), (a.Rescheduled, b.Rescheduled));
        output.WriteLine($"{_clock.Elapsed.TotalSeconds:F1} s both nodes ready");

        // Starts alternately through both nodes, timers interleaved with reviews and the race's
        // instances so group commits mix all three.
        for (var i = 0; i < Timers; i++)
        {
            var node = nodes[i % 2];
            node.Send(ledger.Start(CrashMatters.Wait, $"W-{i:D4}"));
            if (i < Reviews)
            {
                node.Send(ledger.Start(CrashMatters.Review, $"R-{i:D4}"));
            }
            if (i < Races)
            {
                node.Send(ledger.Start(CrashMatters.Review, $"X-{i:D4}"));
            }
        }
        Assert.True(await NodeProcess.WaitUntilAsync(
            () => a.AllAcked && b.AllAcked && ledger.Commands.Count(c => !c.IsStart) == Reviews, AckTimeout), Problems("starts and completions", a, b));
        output.WriteLine($"{_clock.Elapsed.TotalSeconds:F1} s {Timers + Reviews + Races} starts and {Reviews} completions acked");

        // The race: each task completed through both nodes at once by different officers (and
        // keys). All racing commands sent together would land in one group commit per node, and
        // the group that commits first would win every race; in waves, with the node that is sent
        // the line first alternating, each node gets its chance. Timers are falling due meanwhile.
        var races = new List<(DriverCommand A, DriverCommand B)>();
        for (var wave = 0; wave < RaceWaves; wave++)
        {
            for (var i = wave * Races / RaceWaves; i < (wave + 1) * Races / RaceWaves; i++)
            {
                var start = ledger.Commands.Single(c => c.IsStart && c.Instance == $"X-{i:D4}");
                var task = Assert.Single(AckOf(start, a, b).Tasks);
                var pair = (A: ledger.Complete(start.Instance, task, "officer." + a.Id), B: ledger.Complete(start.Instance, task, "officer." + b.Id));
                if (wave % 2 == 0)
                {
                    a.Send(pair.A);
                    b.Send(pair.B);
                }
                else
                {
                    b.Send(pair.B);
                    a.Send(pair.A);
                }
                races.Add(pair);
            }
            Assert.True(await NodeProcess.WaitUntilAsync(() => a.AllAcked && b.AllAcked, AckTimeout), Problems($"racing completions, wave {wave}", a, b));
        }
        output.WriteLine($"{_clock.Elapsed.TotalSeconds:F1} s {Races} races acked");

        // Every start and every plain completion applied, through the node it was sent to.
        var commands = ledger.Commands;
        var raceSeqs = races.SelectMany(r => new[] { r.A.Seq, r.B.Seq }).ToHashSet();
        Assert.All(commands.Where(c => !raceSeqs.Contains(c.Seq)), c =>
        {
            var ack = AckOf(c, a, b);
            Assert.True(ack.Applied, $"{c.Op} {c.Instance}: {ack.Status} {ack.Rejection}");
        });
        // Exactly one of each racing pair applied; the other rejected, naming the winner.
        var winners = new Dictionary<string, DriverCommand>(StringComparer.Ordinal);
        foreach (var (viaA, viaB) in races)
        {
            var (ackA, ackB) = (a.Acks[viaA.Seq], b.Acks[viaB.Seq]);
            Assert.True(ackA.Applied != ackB.Applied, $"{viaA.Instance}: {ackA.Status} through {a.Id}, {ackB.Status} through {b.Id}");
            var (winner, loser) = ackA.Applied ? (viaA, ackB) : (viaB, ackA);
            Assert.Equal("rejected", loser.Status);
            Assert.NotNull(loser.Rejection);
            Assert.StartsWith("Conflict:", loser.Rejection, StringComparison.Ordinal);
            Assert.Contains($"already completed by {winner.Actor} of {CrashMatters.Unit}", loser.Rejection, StringComparison.Ordinal);
            winners[winner.Instance] = winner;
        }

        // Quiet: no timer pending, no effect left in the outbox, and no Hangfire job that could
        // still run (all finished), so no firing can come after the checks below.
        var quiet = await PollAsync(async () =>
            (await store.PendingTimersAsync()).Count == 0
            && (await store.PendingEffectsAsync(1)).Count == 0
            && await UnfinishedJobsAsync(database) == 0, QuietTimeout);
        Assert.True(quiet, $"{(await store.PendingTimersAsync()).Count} timers pending, {(await store.PendingEffectsAsync(10_000)).Count} effects pending, "
            + $"{await UnfinishedJobsAsync(database)} Hangfire jobs unfinished; " + Problems("quiet", a, b));
        output.WriteLine($"{_clock.Elapsed.TotalSeconds:F1} s every timer fired, outbox empty");

        // The event log of every instance: one start; each timer fired exactly once, never before
        // its due instant; each applied completion present exactly once, by its officer; for the
        // races, by the winner's officer only.
        var applied = commands.Where(c => !c.IsStart && AckOf(c, a, b).Applied).ToLookup(c => c.Instance, StringComparer.Ordinal);
        var lateness = new List<TimeSpan>();
        await Parallel.ForEachAsync(commands.Where(c => c.IsStart), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (start, _) =>
        {
            var events = await store.EventsAsync(start.Instance);
            Assert.Single(events.OfType<MatterStarted>());
            var completed = events.OfType<TaskCompleted>().ToList();
            Assert.Equal(applied[start.Instance].Count(), completed.Count);
            foreach (var completion in applied[start.Instance])
            {
                var one = Assert.Single(completed, e => e.Task == completion.Task);
                Assert.Equal(completion.Actor, one.Actor);
            }
            if (winners.TryGetValue(start.Instance, out var winner))
            {
                Assert.Equal(winner.Actor, Assert.Single(completed).Actor);
            }
            if (start.Definition == CrashMatters.Wait)
            {
                var timer = Assert.Single(events.OfType<TimerStarted>()).Timer;
                var fired = Assert.Single(events.OfType<TimerElapsed>());
                Assert.Equal(timer.Id, fired.Timer);
                Assert.True(fired.At >= timer.Due, $"{start.Instance} fired at {fired.At:O}, before its due {timer.Due:O}");
                lock (lateness)
                {
                    lateness.Add(fired.At - timer.Due);
                }
            }
            else
            {
                Assert.Empty(events.OfType<TimerElapsed>());
            }
        });
        Assert.Equal(Timers, lateness.Count);
        Assert.Empty(await store.VerifyChainAsync());
        Assert.Empty(await store.PendingEffectsAsync(10));
        output.WriteLine($"{_clock.Elapsed.TotalSeconds:F1} s event logs and chain checked");

        // One Hangfire job per timer, whichever node created it, and every one succeeded.
        var jobs = await JobsAsync(database);
        Assert.Equal(Timers, jobs.Count);
        Assert.All(jobs, j => Assert.True(j.Value is ["Succeeded"], $"{j.Key}: {string.Join(", ", j.Value)}"));

        // Both nodes took part: each acknowledged starts and completions (and won or lost races),
        // and each performed effects from the shared outbox.
        var startsBy = nodes.Select(n => commands.Count(c => c.IsStart && n.Acks.ContainsKey(c.Seq))).ToArray();
        var completionsBy = nodes.Select(n => commands.Count(c => !c.IsStart && n.Acks.TryGetValue(c.Seq, out var ack) && ack.Applied)).ToArray();
        Assert.All(startsBy, count => Assert.Equal((Timers + Reviews + Races) / 2, count));
        Assert.All(completionsBy, count => Assert.True(count > 0, $"completions applied per node: {string.Join(", ", completionsBy)}"));
        var claims = await ClaimsAsync(database);
        Assert.Equal([a.Id, b.Id], claims.Keys.Order());

        // A clean stop of both: stdin closed, queued work finished, "stopped" printed.
        output.WriteLine($"{_clock.Elapsed.TotalSeconds:F1} s jobs and claims checked");
        var stops = await Task.WhenAll(a.StopAsync(TimeSpan.FromSeconds(30)), b.StopAsync(TimeSpan.FromSeconds(30)));
        Assert.All(stops, s => Assert.True(s is (0, true), $"exit code {s.ExitCode}, stopped {s.Stopped}"));
        Assert.True(a.Problems.Count == 0 && b.Problems.Count == 0, Problems("stopped", a, b));

        // Lateness is reported, not asserted: it measures the shared machine's load as much as the code.
        var sorted = lateness.Order().ToArray();
        output.WriteLine($"{_clock.Elapsed.TotalSeconds:F1} s stopped");
        output.WriteLine($"starts acked per node {string.Join(", ", startsBy)}; completions applied per node {string.Join(", ", completionsBy)}; "
            + $"races won by {a.Id}: {winners.Values.Count(w => w.Actor == "officer." + a.Id)}, by {b.Id}: {winners.Values.Count(w => w.Actor == "officer." + b.Id)}");
        output.WriteLine($"outbox rows performed {string.Join(", ", claims.Select(c => $"by {c.Key}: {c.Value}"))}");
        output.WriteLine($"timer lateness p50 {sorted[Timers / 2].TotalSeconds:F2} s, p99 {sorted[Timers * 99 / 100].TotalSeconds:F2} s, max {sorted[^1].TotalSeconds:F2} s");
    }

    /// <summary>The one ack of a command, from whichever node it was sent to.</summary>
    private static Ack AckOf(DriverCommand command, params NodeProcess[] nodes) =>
        Assert.Single(nodes.Where(n => n.Acks.ContainsKey(command.Seq)).Select(n => n.Acks[command.Seq]));

    /// <summary>The number in an instance id such as <c>R-0042</c>.</summary>
    private static int Number(string instance) => int.Parse(instance.AsSpan(2), CultureInfo.InvariantCulture);

    /// <summary>The connection string with the user's name, so the server shows which process holds
    /// a connection, and a pool big enough for a node's writer, outbox and Hangfire workers, or for
    /// the test's parallel reads (all three stay well within the test cluster's 200 connections).</summary>
    private static string OwnPool(string connectionString, string id) =>
        new NpgsqlConnectionStringBuilder(connectionString) { ApplicationName = id, MaxPoolSize = 40 }.ToString();

    /// <summary>Hangfire jobs not yet in a final state: created, scheduled, enqueued, processing or
    /// waiting for a retry.</summary>
    private static async Task<long> UnfinishedJobsAsync(string database)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM hangfire.job WHERE statename IS NULL OR statename NOT IN ('Succeeded', 'Deleted', 'Failed')";
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>Hangfire's stored jobs per (instance, timer), read from its own tables, with their
    /// states: every job ever created for a timer, whichever node created it.</summary>
    private static async Task<Dictionary<(string, string), List<string>>> JobsAsync(string database)
    {
        var jobs = new Dictionary<(string, string), List<string>>();
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT arguments, coalesce(statename, '') FROM hangfire.job";
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            // A JSON array of the serialized arguments: instance id, timer id, due ticks.
            var args = JsonSerializer.Deserialize<string[]>(reader.GetString(0))!;
            var key = (JsonSerializer.Deserialize<string>(args[0])!, JsonSerializer.Deserialize<string>(args[1])!);
            if (!jobs.TryGetValue(key, out var states))
            {
                jobs[key] = states = [];
            }
            states.Add(reader.GetString(1));
        }
        return jobs;
    }

    /// <summary>Outbox rows per node that claimed (and performed) them.</summary>
    private static async Task<Dictionary<string, long>> ClaimsAsync(string database)
    {
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """SELECT coalesce("ClaimedBy", ''), count(*) FROM "Outbox" GROUP BY 1""";
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            counts[reader.GetString(0)] = reader.GetInt64(1);
        }
        return counts;
    }

    private static async Task<bool> PollAsync(Func<Task<bool>> done, TimeSpan timeout)
    {
        var until = DateTime.UtcNow + timeout;
        while (!await done())
        {
            if (DateTime.UtcNow > until)
            {
                return false;
            }
            // Each poll reads every pending timer: not too often, it competes with the nodes.
            await Task.Delay(500);
        }
        return true;
    }

    private static string Problems(string what, params NodeProcess[] nodes) =>
        $"{what}: " + string.Join("; ", nodes.Select(n =>
            $"{n.Id} {n.Acks.Count} acks of {n.Sent.Count()} sent, said:{Environment.NewLine}{string.Join(Environment.NewLine, n.Problems.Take(20))}"));
}
