using Microsoft.EntityFrameworkCore;
using System.Security.Cryptography;
using System.Text;
using OneMatter.Engine.Persistence;
using OneMatter.Storage.Tests.Support;

namespace OneMatter.Storage.Tests;

public abstract partial class MatterStoreCompliance
{
    [StoreFact]
    public async Task EventChain_Intact_Verifies()
    {
        var state = await CommitAsync(Rural.StartMatter("A1"));
        await CommitAsync(Rural.StartMatter("B1"));
        state = await CommitAsync(Rural.CompleteFirstTask(state, RuralHousing.Start.AddHours(1)));

        Assert.Empty(await Store.VerifyChainAsync());
    }

    [StoreFact]
    public async Task EventRows_HoldEachEventsJsonAsText_AndTheHashOfPreviousNewlineJson()
    {
        // The commit writes UTF-8 bytes; the stored text must be the serializer's text exactly,
        // and each hash SHA-256 over UTF-8 of previous + "\n" + JSON.
        var change = Rural.StartMatter("A1");
        await CommitAsync(change);

        await using var db = Db();
        var rows = await db.Events.AsNoTracking().Where(e => e.InstanceId == "A1").OrderBy(e => e.Sequence).ToListAsync();
        Assert.Equal(change.Events.Count, rows.Count);
        var previous = "";
        for (var i = 0; i < rows.Count; i++)
        {
            Assert.Equal(MatterJson.Serialize(change.Events[i]), rows[i].Json);
            Assert.Equal(previous, rows[i].PreviousHash);
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(previous + "\n" + rows[i].Json))), rows[i].Hash);
            previous = rows[i].Hash;
        }
        // The command's effects are one outbox row: a JSON array of each effect's JSON.
        var outbox = await db.Outbox.AsNoTracking().SingleAsync(o => o.InstanceId == "A1");
        Assert.Equal("[" + string.Join(",", change.Effects.Select(MatterJson.Serialize)) + "]", outbox.EffectJson);
        Assert.Equal((change.Effects.Count, 0), (outbox.EffectCount, outbox.Performed));
    }

    [StoreFact]
    public async Task EventChain_TamperedEventJson_IsReportedWithInstanceAndSequence()
    {
        var state = await CommitAsync(Rural.StartMatter("A1"));
        await CommitAsync(Rural.StartMatter("B1"));
        await CommitAsync(Rural.CompleteFirstTask(state, At(1)));

        var changed = await RawSqlAsync(q =>
            $"UPDATE {q("Events")} SET {q("Json")} = REPLACE({q("Json")}, 'applicant', 'somebody') WHERE {q("InstanceId")} = {{0}} AND {q("Sequence")} = {{1}}",
            "A1", 1L);

        Assert.Equal(1, changed);
        var broken = Assert.Single(await Store.VerifyChainAsync());
        Assert.Equal(("A1", 1L), (broken.InstanceId, broken.Sequence));
    }

    [StoreFact]
    public async Task EventChain_DeletedLastEvent_IsReported()
    {
        var state = await CommitAsync(Rural.StartMatter("A1"));

        await RawSqlAsync(q => $"DELETE FROM {q("Events")} WHERE {q("InstanceId")} = {{0}} AND {q("Sequence")} = {{1}}", "A1", state.Version);

        var broken = Assert.Single(await Store.VerifyChainAsync());
        Assert.Equal("A1", broken.InstanceId);
    }

    [StoreFact]
    public async Task DefinitionVersion_Saved_IsImmutable()
    {
        var yaml = await File.ReadAllTextAsync(Path.Combine(Repo.Root, "workflows", "rural-housing.yaml"));
        var at = new DateTimeOffset(2026, 3, 1, 8, 0, 0, TimeSpan.Zero);

        await Store.SaveDefinitionVersionAsync("rural-housing", 1, yaml, "designer.li", at);
        await Store.SaveDefinitionVersionAsync("rural-housing", 1, yaml, "designer.li", at);

        var stored = await Store.DefinitionVersionAsync("rural-housing", 1);
        Assert.NotNull(stored);
        Assert.Equal(yaml, stored.Yaml);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(yaml))), stored.Sha256);
        Assert.Equal(("designer.li", at), (stored.PublishedBy, stored.PublishedAt));
        await Assert.ThrowsAsync<ImmutableRecordException>(() => Store.SaveDefinitionVersionAsync("rural-housing", 1, yaml + "# changed\n", "x", at));
        Assert.Null(await Store.DefinitionVersionAsync("rural-housing", 2));
    }

    private static DateTimeOffset At(int hours) => RuralHousing.Start.AddHours(hours);
}
