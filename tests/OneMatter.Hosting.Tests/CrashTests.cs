using System.Globalization;
using OneMatter.Engine.Events;
using OneMatter.Engine.Persistence;
using OneMatter.Hosting.Tests.Support;
using Xunit.Abstractions;

namespace OneMatter.Hosting.Tests;

/// <summary>
/// Issue 3's crash test: the real node as a child process on a SQLite file, loaded with hundreds of
/// starts and task completions (many in flight, so they share group commits), killed with SIGKILL
/// three times — mid-load, right after a burst of acks, and with timers pending that fall due while
/// it is down — and restarted on the same file each time. Between a kill and the restart the file is
/// read directly, so "acknowledged means durable" is checked on what the dead process left, before
/// anything could repair it.
/// </summary>
public sealed class CrashTests(ITestOutputHelper output)
{
    private readonly System.Diagnostics.Stopwatch _clock = System.Diagnostics.Stopwatch.StartNew();

    // Generous upper bounds for a shared 2-core machine; every wait returns as soon as it holds.
    private static readonly TimeSpan AckTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan FireTimeout = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task KilledThreeTimes_KeepsEveryAck_AppliesNothingTwice_FiresOverdueTimersOnce_ChainVerifies()
    {
        using var db = new TempDatabase();
        var folder = Path.GetDirectoryName(db.File)!;
        var workflows = TestWorkspace.Create(folder);
        var definitions = CrashMatters.WriteTo(folder);
        var ledger = new Ledger();
        // Every timer that was pending at a kill, with the instant the next process was launched.
        var overdue = new List<(PendingTimer Timer, DateTimeOffset RestartedAt)>();
        IReadOnlyList<Ack> promised;

        // Round 1: killed in the middle of the load.
        using (var node = await NodeProcess.StartAsync(db.File, workflows, definitions, ledger.OnAck))
        {
            var killed = node.KillWhenAsync(n => n.Acks.Count >= 400, AckTimeout);
            node.SendAll(Starts(ledger, "a", reviews: 300, waits: 60));
            Assert.True(await killed, Problems("round 1 acks", node));
            promised = ledger.Promise(node);
            Report("round 1 (mid-load)", node, ledger);
            Assert.True(node.Problems.Count == 0, Problems("round 1 (mid-load)", node));
        }
        var store = await db.OpenAsync();
        var pending = await DownAsync(store, ledger, promised);
        output.WriteLine($"{_clock.Elapsed.TotalSeconds:F1} s down until {pending.Count} timers were due");

        // Round 2: every command of round 1 again, then a burst; killed right after its last ack.
        var restartedAt = DateTimeOffset.UtcNow;
        using (var node = await NodeProcess.StartAsync(db.File, workflows, definitions, ledger.OnAck))
        {
            output.WriteLine($"{_clock.Elapsed.TotalSeconds:F1} s restarted");
            // It read exactly the timers the dead process left pending from the store.
            Assert.Equal(pending.Count, node.Rescheduled);
            await WaitFiredAsync(store, pending);
            output.WriteLine($"{_clock.Elapsed.TotalSeconds:F1} s fired");
            overdue.AddRange(pending.Select(t => (t, restartedAt)));
            node.SendAll(ledger.Commands);
            Assert.True(await NodeProcess.WaitUntilAsync(() => node.AllAcked, AckTimeout), Problems("round 1 again", node));
            AssertPromisesReplayed(ledger, node);
            node.SendAll(Starts(ledger, "b", reviews: 150, waits: 40));
            Assert.True(await node.KillWhenAsync(n => n.AllAcked, AckTimeout), Problems("round 2 burst", node));
            promised = ledger.Promise(node);
            Report("round 2 (after a burst)", node, ledger);
            Assert.True(node.Problems.Count == 0, Problems("round 2 (after a burst)", node));
        }
        pending = await DownAsync(store, ledger, promised);
        output.WriteLine($"{_clock.Elapsed.TotalSeconds:F1} s down until {pending.Count} timers were due");

        // Round 3: timers are started and the node is killed the moment the last of them is
        // acknowledged, well before they fall due, while reviews sent after them may be in flight.
        restartedAt = DateTimeOffset.UtcNow;
        using (var node = await NodeProcess.StartAsync(db.File, workflows, definitions, ledger.OnAck))
        {
            output.WriteLine($"{_clock.Elapsed.TotalSeconds:F1} s restarted");
            // It read exactly the timers the dead process left pending from the store.
            Assert.Equal(pending.Count, node.Rescheduled);
            await WaitFiredAsync(store, pending);
            output.WriteLine($"{_clock.Elapsed.TotalSeconds:F1} s fired");
            overdue.AddRange(pending.Select(t => (t, restartedAt)));
            var waits = Starts(ledger, "c", reviews: 0, waits: 80);
            var killed = node.KillWhenAsync(n => waits.All(w => n.Acks.ContainsKey(w.Seq)), AckTimeout);
            node.SendAll(waits);
            node.SendAll(Starts(ledger, "c", reviews: 60, waits: 0));
            Assert.True(await killed, Problems("round 3", node));
            promised = ledger.Promise(node);
            Report("round 3 (timers pending)", node, ledger);
            Assert.True(node.Problems.Count == 0, Problems("round 3 (timers pending)", node));
        }
        pending = await DownAsync(store, ledger, promised);
        output.WriteLine($"{_clock.Elapsed.TotalSeconds:F1} s down until {pending.Count} timers were due");
        Assert.NotEmpty(pending);

        // The last start: overdue timers fire, everything ever sent is sent again, then a clean stop.
        restartedAt = DateTimeOffset.UtcNow;
        using (var node = await NodeProcess.StartAsync(db.File, workflows, definitions, ledger.OnAck))
        {
            output.WriteLine($"{_clock.Elapsed.TotalSeconds:F1} s restarted");
            // It read exactly the timers the dead process left pending from the store.
            Assert.Equal(pending.Count, node.Rescheduled);
            await WaitFiredAsync(store, pending);
            output.WriteLine($"{_clock.Elapsed.TotalSeconds:F1} s fired");
            overdue.AddRange(pending.Select(t => (t, restartedAt)));
            node.SendAll(ledger.Commands);
            Assert.True(await NodeProcess.WaitUntilAsync(() => node.AllAcked, AckTimeout), Problems("final resend", node));
            AssertPromisesReplayed(ledger, node);
            // Every command is now applied exactly once: before a kill and replayed, or only now.
            Assert.All(ledger.Commands, c => Assert.True(node.Acks[c.Seq].Applied, $"{c.Op} {c.Instance}: {node.Acks[c.Seq].Status}"));
            // Timers of this process's own instances (none are started here) and any left over: all fire.
            await WaitFiredAsync(store, await store.PendingTimersAsync());
            Assert.Empty(await store.PendingTimersAsync());
            // The effects the killed processes committed but never performed: drained by this one.
            Assert.True(await PollAsync(async () => (await store.PendingEffectsAsync(1)).Count == 0, FireTimeout), "the outbox was not drained");
            var (exitCode, stopped) = await node.StopAsync(TimeSpan.FromSeconds(30));
            Assert.True(exitCode == 0 && stopped, $"exit code {exitCode}, stopped {stopped}");
            Assert.True(node.Problems.Count == 0, Problems("final", node));
            Report("final", node, ledger);
        }

        // None applied twice: one start per instance, one completion per task, one firing per timer.
        foreach (var instance in ledger.Commands.GroupBy(c => c.Instance))
        {
            var events = await store.EventsAsync(instance.Key);
            Assert.Single(events.OfType<MatterStarted>());
            Assert.All(events.OfType<TaskCompleted>().GroupBy(e => e.Task), g => Assert.Single(g));
            Assert.Equal(instance.Count(c => !c.IsStart), events.OfType<TaskCompleted>().Count());
            Assert.All(events.OfType<TimerElapsed>().GroupBy(e => e.Timer), g => Assert.Single(g));
            if (instance.First().Definition == CrashMatters.Wait)
            {
                Assert.Single(events.OfType<TimerElapsed>());
            }
        }
        // Every timer that fell due while the node was down fired once, after the restart.
        foreach (var (timer, restarted) in overdue)
        {
            var fired = Assert.Single((await store.EventsAsync(timer.InstanceId)).OfType<TimerElapsed>(), e => e.Timer == timer.TimerId);
            Assert.True(fired.At >= restarted && fired.At >= timer.Due, $"{timer.InstanceId}/{timer.TimerId} due {timer.Due:O} fired {fired.At:O}, restart {restarted:O}");
        }
        Assert.Empty(await store.VerifyChainAsync());
        output.WriteLine($"{ledger.Commands.Count} commands, {ledger.Promised.Count} acked before a kill, {overdue.Count} timers overdue at a restart");
    }

    /// <summary>Starts, waits interleaved with reviews so both kinds share commits.</summary>
    private static List<DriverCommand> Starts(Ledger ledger, string round, int reviews, int waits)
    {
        var commands = new List<DriverCommand>(reviews + waits);
        for (var i = 0; i < Math.Max(reviews, waits); i++)
        {
            var n = i.ToString("D3", CultureInfo.InvariantCulture);
            if (i < waits)
            {
                commands.Add(ledger.Start(CrashMatters.Wait, $"W-{round}-{n}"));
            }
            if (i < reviews)
            {
                commands.Add(ledger.Start(CrashMatters.Review, $"R-{round}-{n}"));
            }
        }
        return commands;
    }

    /// <summary>
    /// The node is dead: checks on the file it left that every acknowledged command is there, then
    /// stays down until every pending timer has fallen due and returns those timers.
    /// </summary>
    private static async Task<IReadOnlyList<PendingTimer>> DownAsync(IMatterStore store, Ledger ledger, IReadOnlyList<Ack> promised)
    {
        // Only the acks of the process just killed: earlier ones were checked after their own kill,
        // the log is append-only, and the final replays and chain check cover them again.
        foreach (var ack in promised)
        {
            var seq = ack.Seq;
            Assert.True(ack.Applied, $"command {seq} was acked {ack.Status}");
            var command = ledger.Command(seq);
            if (command.IsStart)
            {
                var stored = await store.LoadAsync(command.Instance);
                Assert.True(stored is not null && stored.Version >= ack.Version,
                    $"acked start of {command.Instance} at version {ack.Version} lost: stored version {stored?.Version}");
            }
            else
            {
                var events = await store.EventsAsync(command.Instance);
                Assert.Single(events.OfType<TaskCompleted>(), e => e.Task == command.Task);
            }
        }
        var pending = await store.PendingTimersAsync();
        if (pending.Count > 0)
        {
            var wait = pending.Max(t => t.Due) - DateTimeOffset.UtcNow + TimeSpan.FromMilliseconds(250);
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait);
            }
        }
        return pending;
    }

    /// <summary>Waits until none of <paramref name="timers"/> is pending any more.</summary>
    private static async Task WaitFiredAsync(IMatterStore store, IReadOnlyList<PendingTimer> timers)
    {
        var keys = timers.Select(t => (t.InstanceId, t.TimerId)).ToHashSet();
        var until = DateTime.UtcNow + FireTimeout;
        while (true)
        {
            var left = (await store.PendingTimersAsync()).Count(t => keys.Contains((t.InstanceId, t.TimerId)));
            if (left == 0)
            {
                return;
            }
            Assert.True(DateTime.UtcNow < until, $"{left} of {timers.Count} overdue timers did not fire after the restart");
            await Task.Delay(100);
        }
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
            await Task.Delay(100);
        }
        return true;
    }

    /// <summary>Each command acked before a kill and sent again comes back as a replay of the same outcome.</summary>
    private static void AssertPromisesReplayed(Ledger ledger, NodeProcess node)
    {
        foreach (var (seq, first) in ledger.Promised)
        {
            if (node.Acks.TryGetValue(seq, out var again))
            {
                Assert.True(again.Replayed, $"command {seq} ({ledger.Command(seq).Op} {ledger.Command(seq).Instance}) was applied again after its ack");
                Assert.Equal((first.Status, first.Version), (again.Status, again.Version));
            }
        }
    }

    private static string Problems(string what, NodeProcess node) =>
        $"{what}: {node.Acks.Count} acks; node said:{Environment.NewLine}{string.Join(Environment.NewLine, node.Problems.Take(20))}";

    private void Report(string round, NodeProcess node, Ledger ledger) =>
        output.WriteLine($"{_clock.Elapsed.TotalSeconds:F1} s {round}: {node.Acks.Count} acks, {ledger.InFlight(node)} in flight at the end, "
            + $"{node.Rescheduled} timers re-scheduled at start, {node.Problems.Count} problems");
}
