using Microsoft.EntityFrameworkCore;
using OneMatter.Engine.Effects;
using OneMatter.Storage.Tests.Support;

namespace OneMatter.Storage.Tests;

/// <summary>An outbox row holds the effects of one command; dispatchers see one id per effect.</summary>
public abstract partial class MatterStoreCompliance
{
    [StoreFact]
    public async Task Outbox_OneRowPerCommand_EachEffectItsOwnIdInCommitOrder()
    {
        var a = Rural.StartMatter("A1");
        var b = Rural.StartMatter("B1");
        await Store.CommitAsync([a, b]);

        await using var db = Db();
        var rows = await db.Outbox.AsNoTracking().OrderBy(o => o.Id).ToListAsync();
        Assert.Equal(["A1", "B1"], rows.Select(r => r.InstanceId));
        Assert.Equal([a.Effects.Count, b.Effects.Count], rows.Select(r => r.EffectCount));
        var pending = await Store.PendingEffectsAsync(100);
        Assert.Equal(a.Effects.Concat(b.Effects).Select(MatterJson.Serialize), pending.Select(p => MatterJson.Serialize(p.Effect)));
        Assert.Equal(pending.Select(p => p.Id).Order(), pending.Select(p => p.Id));
        Assert.Equal(pending.Count, pending.Select(p => p.Id).Distinct().Count());
        // At most max effects, even when a row holds more.
        Assert.Single(await Store.PendingEffectsAsync(1));
    }

    [StoreFact]
    public async Task Outbox_ARowIsDoneWhenAllItsEffectsAre_PartlyPerformedRowsResumeWhereTheyStopped()
    {
        var change = Rural.StartMatter("A1");
        Assert.True(change.Effects.Count >= 3, "the start should have several effects");
        await CommitAsync(change);
        var claimed = await Store.ClaimEffectsAsync("a", 10, Lease);
        Assert.Equal(change.Effects.Count, claimed.Count);

        // The first performed, the second failed: only the first is marked.
        Assert.Equal(1, await Store.MarkEffectsDoneAsync("a", [claimed[0].Id]));
        var rest = await Store.ClaimEffectsAsync("a", 10, Lease);
        Assert.Equal(claimed.Skip(1).Select(c => c.Id), rest.Select(r => r.Id));
        Assert.Equal(claimed.Skip(1).Select(c => MatterJson.Serialize(c.Effect)), rest.Select(r => MatterJson.Serialize(r.Effect)));
        await using (var db = Db())
        {
            var row = await db.Outbox.AsNoTracking().SingleAsync();
            Assert.Equal((1, (long?)null), (row.Performed, row.DoneUtcTicks));
        }

        // A gap: the second is not reported, so the third is not marked either (it is performed
        // again later: at least once, never skipped); a repeated mark changes nothing.
        Assert.Equal(0, await Store.MarkEffectsDoneAsync("a", [claimed[2].Id]));
        Assert.Equal(0, await Store.MarkEffectsDoneAsync("a", [claimed[0].Id]));
        Assert.Equal(rest.Count, await Store.MarkEffectsDoneAsync("a", rest.Select(r => r.Id).ToList()));
        Assert.Empty(await Store.PendingEffectsAsync(100));
        await using (var db = Db())
        {
            var row = await db.Outbox.AsNoTracking().SingleAsync();
            Assert.Equal(change.Effects.Count, row.Performed);
            Assert.NotNull(row.DoneUtcTicks);
        }
    }

    [StoreFact]
    public async Task Outbox_ARowWrittenWithOneEffectObject_IsStillPerformed()
    {
        // Rows from before a row held a command's effects: one effect object, the column defaults.
        var effect = new CancelTimer { InstanceId = "A1", TimerId = "t1" };
        await RawSqlAsync(q =>
            $"INSERT INTO {q("Outbox")} ({q("InstanceId")}, {q("EffectJson")}, {q("CreatedUtcTicks")}) VALUES ({{0}}, {{1}}, 0)",
            "A1", MatterJson.Serialize(effect));

        var pending = Assert.Single(await Store.ClaimEffectsAsync("a", 10, Lease));
        Assert.Equal(MatterJson.Serialize(effect), MatterJson.Serialize(pending.Effect));
        Assert.Equal(1, await Store.MarkEffectsDoneAsync("a", [pending.Id]));
        Assert.Empty(await Store.PendingEffectsAsync(10));
    }
}
