using System.Collections.Concurrent;
using OneMatter.Engine.Persistence;
using OneMatter.Storage.Tests.Support;

namespace OneMatter.Storage.Tests;

/// <summary>Outbox claims: several dispatchers (nodes) share one outbox under leases.</summary>
public abstract partial class MatterStoreCompliance
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(1);

    /// <summary>A second store on the same database: another process or node.</summary>
    private async Task<IMatterStore> OtherNodeStoreAsync() => await StoreFactory.OpenAsync(((EfMatterStore)Store).Options, Time);

    /// <summary>Starts instances and returns every outbox id they committed, by instance.</summary>
    private async Task<Dictionary<string, List<long>>> StartInstancesAsync(int count, string prefix)
    {
        for (var i = 0; i < count; i++)
        {
            await Store.CommitAsync([Rural.StartMatter($"{prefix}{i:D3}")]);
        }
        var pending = await Store.PendingEffectsAsync(100_000);
        return pending.GroupBy(p => p.Effect.InstanceId).ToDictionary(g => g.Key, g => g.Select(p => p.Id).ToList());
    }

    [StoreFact]
    public async Task Claim_ConcurrentNodes_NeverGetTheSameRow_AndEachInstanceGoesToOneNode()
    {
        // One outbox row per command: 120 starts are 120 rows, 40 claims of three.
        var byInstance = await StartInstancesAsync(120, "C");
        var all = byInstance.Values.SelectMany(v => v).Order().ToList();
        Assert.True(byInstance.Values.All(v => v.Count > 1), "each instance should have several effects");
        var other = await OtherNodeStoreAsync();
        var claims = new ConcurrentBag<(string Node, long Id, string Instance)>();

        // Four claimers over two stores, each claiming small batches and marking them done,
        // until the outbox is empty: they race on every claim.
        // SQLite's calls complete synchronously, so without real pauses one claimer could empty
        // the outbox before the others start: all four start together and pause between batches.
        using var started = new CountdownEvent(4);
        async Task RunAsync(IMatterStore store, string node)
        {
            await Task.Yield();
            started.Signal();
            started.Wait(TimeSpan.FromSeconds(30));
            while (true)
            {
                var batch = await store.ClaimEffectsAsync(node, 3, Lease);
                if (batch.Count == 0)
                {
                    return;
                }
                foreach (var row in batch)
                {
                    claims.Add((node, row.Id, row.Effect.InstanceId));
                }
                Assert.Equal(batch.Count, await store.MarkEffectsDoneAsync(node, batch.Select(r => r.Id).ToList()));
                await Task.Delay(1);
            }
        }
        await Task.WhenAll(RunAsync(Store, "a1"), RunAsync(Store, "a2"), RunAsync(other, "b1"), RunAsync(other, "b2"));

        // Every row claimed exactly once, all of them done, and no instance split between nodes.
        Assert.Equal(all, claims.Select(c => c.Id).Order().ToList());
        Assert.Empty(await Store.PendingEffectsAsync(100));
        Assert.All(claims.GroupBy(c => c.Instance), g => Assert.Single(g.Select(c => c.Node).Distinct()));
        Assert.True(claims.Select(c => c.Node).Distinct().Count() > 1, "only one node ever claimed");
    }

    [StoreFact]
    public async Task Claim_TakesWholeInstances_OldestFirst_AndSkipsInstancesHeldByAnotherNode()
    {
        var byInstance = await StartInstancesAsync(3, "W");
        var ids = byInstance.OrderBy(p => p.Value.Min()).ToList();

        // max 1 picks the oldest row's instance, and all of that instance's rows come with it.
        var first = await Store.ClaimEffectsAsync("a", 1, Lease);
        Assert.Equal(ids[0].Value, first.Select(r => r.Id).ToList());

        // Another node gets the rest, not a row of the held instance.
        var second = await Store.ClaimEffectsAsync("b", 100, Lease);
        Assert.Equal(ids.Skip(1).SelectMany(p => p.Value).Order(), second.Select(r => r.Id));

        // A new effect of the held instance, committed while "a" holds it: "b" must not take it
        // (it would run before "a" performed the older ones), "a" gets it next.
        var state = (await Store.LoadAsync(ids[0].Key))!.State;
        var change = Rural.CompleteFirstTask(state, RuralHousing.Start.AddHours(1));
        Assert.NotEmpty(change.Effects);
        await Store.CommitAsync([change]);
        Assert.DoesNotContain(await Store.ClaimEffectsAsync("b", 100, Lease), r => r.Effect.InstanceId == ids[0].Key);
        Assert.Empty(await Store.ClaimEffectsAsync("c", 100, Lease));
        var again = await Store.ClaimEffectsAsync("a", 100, Lease);
        Assert.All(again, r => Assert.Equal(ids[0].Key, r.Effect.InstanceId));
        Assert.Equal(ids[0].Value.Count + change.Effects.Count, again.Count);
        Assert.Equal(again.Select(r => r.Id).Order(), again.Select(r => r.Id));
    }

    [StoreFact]
    public async Task Claim_ExpiredLease_IsTakenOverByAnotherNode()
    {
        var all = (await StartInstancesAsync(2, "X")).Values.SelectMany(v => v).Order().ToList();
        var other = await OtherNodeStoreAsync();
        Assert.Equal(all, (await Store.ClaimEffectsAsync("crashed", 100, Lease)).Select(r => r.Id));

        // While the lease runs nobody else gets the rows.
        Time.Advance(Lease - TimeSpan.FromSeconds(1));
        Assert.Empty(await other.ClaimEffectsAsync("survivor", 100, Lease));

        // Past it, another node takes them all over.
        Time.Advance(TimeSpan.FromSeconds(2));
        var taken = await other.ClaimEffectsAsync("survivor", 100, Lease);
        Assert.Equal(all, taken.Select(r => r.Id));

        // The crashed node comes back late: its "done" no longer counts and it cannot claim back.
        Assert.Equal(0, await Store.MarkEffectsDoneAsync("crashed", all));
        Assert.Empty(await Store.ClaimEffectsAsync("crashed", 100, Lease));
        Assert.Equal(all, (await Store.PendingEffectsAsync(100)).Select(p => p.Id));
        Assert.Equal(all.Count, await other.MarkEffectsDoneAsync("survivor", all));
        Assert.Empty(await Store.PendingEffectsAsync(100));
    }

    [StoreFact]
    public async Task MarkDone_MarksOnlyTheRowsTheNodeHolds()
    {
        var byInstance = await StartInstancesAsync(2, "M");
        var ordered = byInstance.OrderBy(p => p.Value.Min()).ToList();
        var mine = (await Store.ClaimEffectsAsync("a", 1, Lease)).Select(r => r.Id).ToList();
        Assert.Equal(ordered[0].Value, mine);
        var unclaimed = ordered[1].Value;

        // Another node cannot mark them; nobody can mark rows never claimed.
        Assert.Equal(0, await Store.MarkEffectsDoneAsync("b", mine));
        Assert.Equal(0, await Store.MarkEffectsDoneAsync("a", unclaimed));
        Assert.Equal(mine.Concat(unclaimed).Order(), (await Store.PendingEffectsAsync(100)).Select(p => p.Id));

        // The holder can, also after its lease ran out as long as nobody took the rows over;
        // marking again is a no-op.
        Time.Advance(Lease * 2);
        Assert.Equal(mine.Count, await Store.MarkEffectsDoneAsync("a", mine));
        Assert.Equal(0, await Store.MarkEffectsDoneAsync("a", mine));
        Assert.Equal(unclaimed, (await Store.PendingEffectsAsync(100)).Select(p => p.Id));
    }

    [StoreFact]
    public async Task Claim_ByTheHolder_RenewsItsOwnLease()
    {
        var all = (await StartInstancesAsync(1, "R")).Values.Single();
        Assert.Equal(all, (await Store.ClaimEffectsAsync("a", 100, Lease)).Select(r => r.Id));

        // A retry by the same node (its earlier attempt failed) gets the rows again, renewed.
        Time.Advance(Lease / 2);
        Assert.Equal(all, (await Store.ClaimEffectsAsync("a", 100, Lease)).Select(r => r.Id));
        Time.Advance(Lease * 3 / 4);
        Assert.Empty(await Store.ClaimEffectsAsync("b", 100, Lease));
    }
}
