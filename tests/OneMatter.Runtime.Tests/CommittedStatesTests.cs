using OneMatter.Runtime.Tests.Support;

namespace OneMatter.Runtime.Tests;

/// <summary>The writer's committed states, read off its path by version.</summary>
public sealed class CommittedStatesTests
{
    private static RuralHousing Matters => RuralHousing.Shared;

    [Fact]
    public async Task AnAcknowledgedState_IsThereAtItsVersion_AndOnlyAtIt()
    {
        await using var h = await Harness.CreateAsync();
        var started = await h.StartAsync("RH-C");
        Assert.Same(started.State, h.Writer.Committed.At("RH-C", started.Version));

        var next = await h.Writer.SubmitAsync(Matters.CompleteFirstTask(started.State!), "RH-C");

        Assert.True(next.Applied);
        Assert.Same(next.State, h.Writer.Committed.At("RH-C", next.Version));
        Assert.Null(h.Writer.Committed.At("RH-C", started.Version)); // superseded
        Assert.Null(h.Writer.Committed.At("RH-C", next.Version + 1)); // another writer's, unknown here
        Assert.Null(h.Writer.Committed.At("nobody", 1));
    }

    [Fact]
    public async Task ARejectedCommand_LeavesTheCommittedState()
    {
        await using var h = await Harness.CreateAsync();
        var started = await h.StartAsync("RH-R");
        var completed = await h.Writer.SubmitAsync(Matters.CompleteFirstTask(started.State!), "RH-R");
        // the same completion again is refused: nothing new was committed
        var again = await h.Writer.SubmitAsync(Matters.CompleteFirstTask(started.State!), "RH-R");

        Assert.False(again.Applied);
        Assert.Same(completed.State, h.Writer.Committed.At("RH-R", completed.Version));
    }

    [Fact]
    public async Task PastItsCapacity_ItKeepsTheLastCommitted_ForgetsOlderOnes_AndNeverGoesBackAVersion()
    {
        await using var h = await Harness.CreateAsync();
        var states = new CommittedStates(2);
        var a = (await h.StartAsync("A")).State!;
        var b = (await h.StartAsync("B")).State!;
        var c = (await h.StartAsync("C")).State!;
        var d = (await h.StartAsync("D")).State!;
        var e = (await h.StartAsync("E")).State!;
        var a2 = (await h.Writer.SubmitAsync(Matters.CompleteFirstTask(a), "A")).State!;

        states.Put(a2);
        states.Put(a); // older: ignored
        Assert.Same(a2, states.At("A", a2.Version));
        states.Put(b);
        states.Put(c); // a third instance: A and B become the previous generation, still found
        Assert.Same(a2, states.At("A", a2.Version));
        Assert.Same(b, states.At("B", b.Version));
        Assert.Same(c, states.At("C", c.Version));
        states.Put(a); // older than the previous generation's A2: still ignored
        Assert.Same(a2, states.At("A", a2.Version));
        Assert.Null(states.At("A", a.Version));

        states.Put(d); // the current generation (C, A) is full: it becomes the previous one, B's is dropped
        states.Put(e);
        Assert.Null(states.At("B", b.Version));
        Assert.Same(c, states.At("C", c.Version));
        Assert.Same(d, states.At("D", d.Version));
        Assert.Same(e, states.At("E", e.Version));
    }

    [Fact]
    public async Task ManyWritersAndReaders_AtOnce_OnlyEverSeeAStateAtTheVersionAsked()
    {
        await using var h = await Harness.CreateAsync();
        var states = new CommittedStates(8);
        var started = new List<Engine.Instances.MatterState>();
        for (var i = 0; i < 24; i++)
        {
            started.Add((await h.StartAsync("P" + i)).State!);
        }

        var wrong = 0;
        await Task.WhenAll(Enumerable.Range(0, 4).Select(t => Task.Run(() =>
        {
            for (var round = 0; round < 2_000; round++)
            {
                var s = started[(round * 7 + t) % started.Count];
                states.Put(s);
                if (states.At(s.InstanceId, s.Version) is { } found && !ReferenceEquals(found, s))
                {
                    Interlocked.Increment(ref wrong);
                }
                if (states.At(s.InstanceId, s.Version + 1) is not null)
                {
                    Interlocked.Increment(ref wrong);
                }
            }
        })));

        Assert.Equal(0, wrong);
    }
}
