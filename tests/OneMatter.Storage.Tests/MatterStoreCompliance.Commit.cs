using Microsoft.EntityFrameworkCore;
using OneMatter.Engine.Instances;
using OneMatter.Engine.Interpreter;
using OneMatter.Engine.Persistence;
using OneMatter.Storage.Tests.Support;

namespace OneMatter.Storage.Tests;

public abstract partial class MatterStoreCompliance
{
    [StoreFact]
    public async Task Commit_ThenLoad_RoundTripsTheSnapshot()
    {
        var state = await CommitAsync(Rural.StartMatter("A1"));
        state = await CommitAsync(Rural.CompleteFirstTask(state, RuralHousing.Start.AddHours(1)));

        var loaded = await Store.LoadAsync("A1");

        Assert.NotNull(loaded);
        Assert.Equal(Json(state), Json(loaded.State));
        Assert.Equal(state.Version, loaded.Version);
        Assert.Equal("rural-housing", loaded.DefinitionId);
        Assert.Equal(state.DefinitionVersion, loaded.DefinitionVersion);
    }

    [StoreFact]
    public async Task Events_InSequenceOrder_ReplayToTheStoredSnapshot()
    {
        var state = await CommitAsync(Rural.StartMatter("A1"));
        for (var i = 0; i < 3; i++)
        {
            state = await CommitAsync(Rural.Next(state, RuralHousing.Start.AddHours(i + 1)));
        }

        var events = await Store.EventsAsync("A1");

        Assert.Equal(state.Version, events.Count);
        Assert.Equal(Json(state), Json(MatterEngine.Replay(events)));
    }

    [StoreFact]
    public async Task Commit_GroupOfInstances_WritesThemAllInOneGo()
    {
        var changes = new[] { Rural.StartMatter("G1"), Rural.StartMatter("G2"), Rural.StartMatter("G3") };

        await Store.CommitAsync(changes);

        foreach (var change in changes)
        {
            var loaded = await Store.LoadAsync(change.InstanceId);
            Assert.NotNull(loaded);
            Assert.Equal(change.NewState.Version, loaded.Version);
            Assert.Equal(change.Events.Count, (await Store.EventsAsync(change.InstanceId)).Count);
        }
    }

    [StoreFact]
    public async Task Commit_SameInstanceTwiceInAGroup_AppliesBothInOrder()
    {
        var start = Rural.StartMatter("S1");
        var next = Rural.CompleteFirstTask(start.NewState, RuralHousing.Start.AddHours(1));

        await Store.CommitAsync([start, next]);

        var loaded = await Store.LoadAsync("S1");
        Assert.Equal(Json(next.NewState), Json(loaded!.State));
        Assert.Empty(await Store.VerifyChainAsync());
    }

    [StoreFact]
    public async Task Commit_StaleVersion_ThrowsAndWritesNothingOfTheGroup()
    {
        var a = await CommitAsync(Rural.StartMatter("A1"));
        var b = await CommitAsync(Rural.StartMatter("B1"));
        await CommitAsync(Rural.CompleteFirstTask(a, RuralHousing.Start.AddHours(1)));
        var before = await CountsAsync();

        // B's change is valid; A's was decided against A's old state.
        var group = new[]
        {
            Rural.CompleteFirstTask(b, RuralHousing.Start.AddHours(2)),
            Rural.CompleteFirstTask(a, RuralHousing.Start.AddHours(2)) with { IdempotencyKey = "k-stale", ResultJson = "{}" },
            Rural.StartMatter("C1"),
        };
        var conflict = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Store.CommitAsync(group));

        Assert.Equal(["A1"], conflict.InstanceIds);
        Assert.Contains("A1", conflict.Message, StringComparison.Ordinal);
        Assert.Equal(before, await CountsAsync());
        Assert.Equal(b.Version, (await Store.LoadAsync("B1"))!.Version);
        Assert.Null(await Store.LoadAsync("C1"));
        Assert.Null(await Store.FindIdempotentAsync("k-stale"));
    }

    [StoreFact]
    public async Task Commit_StartOfAnExistingInstance_Conflicts()
    {
        await CommitAsync(Rural.StartMatter("A1"));

        var conflict = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Store.CommitAsync([Rural.StartMatter("A1")]));

        Assert.Equal(["A1"], conflict.InstanceIds);
    }

    [StoreFact]
    public async Task Commit_VersionNotMatchingEvents_IsRefusedAsABug()
    {
        var change = Rural.StartMatter("A1");

        await Assert.ThrowsAsync<ArgumentException>(() => Store.CommitAsync([change with { ExpectedVersion = 3 }]));
    }

    [StoreFact]
    public async Task IdempotencyKey_Recorded_ReturnsItsResult()
    {
        var change = Rural.StartMatter("A1", key: "client-42");

        await Store.CommitAsync([change]);

        Assert.Equal(change.ResultJson, await Store.FindIdempotentAsync("client-42"));
        Assert.Null(await Store.FindIdempotentAsync("client-43"));
    }

    private async Task<(int Instances, int Events, int Tasks, int Timers, int Outbox, int Keys, string Snapshots)> CountsAsync()
    {
        await using var db = Db();
        var snapshots = string.Join("|", await db.Snapshots.OrderBy(s => s.InstanceId).Select(s => s.Json).ToListAsync());
        var tasks = await db.Tasks.Select(t => t.InstanceId + t.WorkItemId + t.ClaimedBy + t.Status).ToListAsync();
        return (await db.Instances.CountAsync(), await db.Events.CountAsync(), tasks.Count, await db.Timers.CountAsync(),
            await db.Outbox.CountAsync(), await db.IdempotencyKeys.CountAsync(), snapshots);
    }
}
