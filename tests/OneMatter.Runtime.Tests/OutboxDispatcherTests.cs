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

    private sealed class RecordingHandler : IEffectHandler
    {
        public ConcurrentQueue<(string InstanceId, Effect Effect)> Performed { get; } = new();

        public string? FailFor { get; set; }

        public Task HandleAsync(string instanceId, Effect effect, CancellationToken cancellationToken)
        {
            if (instanceId == FailFor)
            {
                throw new InvalidOperationException("handler down");
            }
            Performed.Enqueue((instanceId, effect));
            return Task.CompletedTask;
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
