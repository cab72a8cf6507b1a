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
    public async Task PastItsCapacity_ItForgetsRatherThanGrows_AndNeverGoesBackAVersion()
    {
        await using var h = await Harness.CreateAsync();
        var states = new CommittedStates(2);
        var a = (await h.StartAsync("A")).State!;
        var b = (await h.StartAsync("B")).State!;
        var c = (await h.StartAsync("C")).State!;
        var a2 = (await h.Writer.SubmitAsync(Matters.CompleteFirstTask(a), "A")).State!;

        states.Put(a2);
        states.Put(a); // older: ignored
        Assert.Same(a2, states.At("A", a2.Version));
        states.Put(b);
        states.Put(c); // third instance: starts again empty
        Assert.Null(states.At("A", a2.Version));
        Assert.Null(states.At("B", b.Version));
        Assert.Same(c, states.At("C", c.Version));
    }
}
