using System.Collections.Concurrent;
using OneMatter.Engine.Effects;
using OneMatter.Runtime.Tests.Support;

namespace OneMatter.Runtime.Tests;

public sealed class OutboxDispatcherTests
{
    [Fact]
    public async Task Drain_performs_every_committed_effect_once()
    {
        await using var h = await Harness.CreateAsync();
        var started = await h.StartAsync("RH-E");
        Assert.NotEmpty(started.Effects);
        var handler = new RecordingHandler();
        await using var outbox = new OutboxDispatcher(h.Store, handler);

        Assert.Equal(started.Effects.Count, await outbox.DrainAsync());
        Assert.Equal(started.Effects, handler.Performed.Select(p => p.Effect));
        Assert.Equal(0, await outbox.DrainAsync());
        Assert.Empty(await h.Raw.PendingEffectsAsync(100));
    }

    [Fact]
    public async Task A_failing_handler_leaves_its_effect_pending_and_others_go_on()
    {
        await using var h = await Harness.CreateAsync();
        var bad = await h.StartAsync("RH-BAD");
        var good = await h.StartAsync("RH-GOOD");
        var handler = new RecordingHandler { FailFor = "RH-BAD" };
        await using var outbox = new OutboxDispatcher(h.Store, handler);

        Assert.Equal(good.Effects.Count, await outbox.DrainAsync());
        Assert.Equal(bad.Effects.Count, outbox.LastFailedCount);
        Assert.Equal(bad.Effects.Count, (await h.Raw.PendingEffectsAsync(100)).Count);

        handler.FailFor = null; // the handler recovers: the retry performs what was left
        Assert.Equal(bad.Effects.Count, await outbox.DrainAsync());
        Assert.Empty(await h.Raw.PendingEffectsAsync(100));
        Assert.Equal(bad.Effects.Count + good.Effects.Count, handler.Performed.Count);
    }

    [Fact]
    public async Task The_loop_runs_after_each_signalled_commit_and_retries_failures()
    {
        var handler = new RecordingHandler { FailFor = "RH-L2" };
        OutboxDispatcher? outbox = null;
        await using var h = await Harness.CreateAsync(options: new CommandWriterOptions { Committed = () => outbox?.Signal() });
        outbox = new OutboxDispatcher(h.Store, handler, options: new OutboxDispatcherOptions { RetryInterval = TimeSpan.FromMilliseconds(50) });
        await using (outbox)
        {
            var before = await h.StartAsync("RH-L0"); // committed before the loop starts: the start-up drain takes it
            outbox.Start();
            var first = await h.StartAsync("RH-L1");
            var second = await h.StartAsync("RH-L2");
            await handler.WaitForAsync(before.Effects.Count + first.Effects.Count);
            handler.FailFor = null;
            await handler.WaitForAsync(before.Effects.Count + first.Effects.Count + second.Effects.Count);
        }
        Assert.Equal(handler.Performed.Count, handler.Performed.Distinct().Count());
    }

    [Fact]
    public async Task Two_dispatchers_on_one_database_perform_each_effect_once_and_each_instance_in_order()
    {
        await using var h = await Harness.CreateAsync();
        var expected = new List<(string, Effect)>();
        for (var i = 0; i < 30; i++)
        {
            var started = await h.StartAsync($"RH-N{i:D2}");
            expected.AddRange(started.Effects.Select(e => ($"RH-N{i:D2}", e)));
        }
        // A second process on the same file: its own store (connections) and dispatcher id.
        var otherStore = await h.Database.OpenAsync(h.Time);
        var handler = new RecordingHandler { Delay = TimeSpan.FromMilliseconds(2) };
        var options = new OutboxDispatcherOptions { BatchSize = 4, Parallelism = 3 };
        await using var a = new OutboxDispatcher(h.Raw, handler, h.Time, options with { NodeId = "node-a" });
        await using var b = new OutboxDispatcher(otherStore, handler, h.Time, options with { NodeId = "node-b" });

        var performed = await Task.WhenAll(Task.Run(() => a.DrainAsync()), Task.Run(() => b.DrainAsync()));

        Assert.Equal(expected.Count, performed.Sum());
        Assert.Equal(expected.Count, handler.Performed.Count);
        // Each instance's effects in commit order, whichever node performed them.
        foreach (var group in expected.GroupBy(e => e.Item1))
        {
            Assert.Equal(group.Select(e => e.Item2), handler.Performed.Where(p => p.InstanceId == group.Key).Select(p => p.Effect));
        }
        Assert.Empty(await h.Raw.PendingEffectsAsync(100));
    }

    [Fact]
    public async Task A_crashed_nodes_claims_are_taken_over_once_its_lease_expires()
    {
        await using var h = await Harness.CreateAsync();
        var started = await h.StartAsync("RH-CRASH");
        var lease = TimeSpan.FromSeconds(30);
        // The crashed node claimed the rows and died before performing them.
        Assert.Equal(started.Effects.Count, (await h.Raw.ClaimEffectsAsync("crashed", 100, lease)).Count);
        var handler = new RecordingHandler();
        await using var survivor = new OutboxDispatcher(h.Raw, handler, h.Time, new OutboxDispatcherOptions { NodeId = "survivor", Lease = lease });

        Assert.Equal(0, await survivor.DrainAsync());
        h.Time.Advance(lease + TimeSpan.FromSeconds(1));
        Assert.Equal(started.Effects.Count, await survivor.DrainAsync());
        Assert.Equal(started.Effects, handler.Performed.Select(p => p.Effect));
        Assert.Empty(await h.Raw.PendingEffectsAsync(100));
    }

    private sealed class RecordingHandler : IEffectHandler
    {
        public ConcurrentQueue<(string InstanceId, Effect Effect)> Performed { get; } = new();

        public string? FailFor { get; set; }

        /// <summary>How long each effect takes, so parallel instances really overlap.</summary>
        public TimeSpan Delay { get; init; }

        public async Task HandleAsync(string instanceId, Effect effect, CancellationToken cancellationToken)
        {
            if (instanceId == FailFor)
            {
                throw new InvalidOperationException("handler down");
            }
            if (Delay > TimeSpan.Zero)
            {
                await Task.Delay(Delay, cancellationToken);
            }
            Performed.Enqueue((instanceId, effect));
        }

        public async Task WaitForAsync(int count)
        {
            var deadline = DateTime.UtcNow.AddSeconds(20);
            while (Performed.Count < count)
            {
                Assert.True(DateTime.UtcNow < deadline, $"only {Performed.Count} of {count} effects performed");
                await Task.Delay(10);
            }
        }
    }
}
