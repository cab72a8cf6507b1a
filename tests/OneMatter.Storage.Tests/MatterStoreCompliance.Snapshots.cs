using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OneMatter.Engine.Instances;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using OneMatter.Engine.Persistence;
using OneMatter.Storage.Tests.Support;

namespace OneMatter.Storage.Tests;

/// <summary>Sparse snapshots (an instance's snapshot row is rewritten only every few dozen
/// events) and the store's projection cache (rows diffed against what it last wrote): both are
/// shortcuts, so these tests check the results against a second store that has neither cached.</summary>
public abstract partial class MatterStoreCompliance
{
    [StoreFact]
    public async Task Load_FoldsTheEventsAfterASparseSnapshot_OnEveryStepOfAWholeMatter()
    {
        var state = await CommitAsync(Rural.StartMatter("A1"));
        var now = RuralHousing.Start;
        var sawSparse = false;
        while (state.Status == MatterStatus.Running)
        {
            var change = Rural.Next(state, now.AddHours(1));
            now = change.Events[^1].At;
            state = await CommitAsync(change);

            // A store that never saw the commits (an other process) loads the same state.
            var fresh = await StoreFactory.OpenAsync(((EfMatterStore)Store).Options, Time);
            var loaded = await fresh.LoadAsync("A1");
            Assert.NotNull(loaded);
            Assert.Equal(state.Version, loaded.Version);
            Assert.Equal(Json(state), Json(loaded.State));

            await using var db = Db();
            var row = await db.Instances.AsNoTracking().SingleAsync(i => i.Id == "A1");
            Assert.Equal(state.Version, row.Version);
            var snapshot = await db.Snapshots.AsNoTracking().SingleAsync(s => s.InstanceId == "A1");
            var snapshotVersion = JsonDocument.Parse(snapshot.Json).RootElement.GetProperty("Version").GetInt64();
            Assert.True(snapshotVersion <= row.Version);
            Assert.True(row.Version - snapshotVersion < SnapshotPolicy.Interval + change.Events.Count);
            sawSparse |= snapshotVersion < row.Version;
        }
        Assert.True(sawSparse, "no commit left the snapshot behind the head: the policy is not in effect");
        // An ended matter has its final snapshot.
        await using (var db = Db())
        {
            Assert.Equal(Json(state), (await db.Snapshots.AsNoTracking().SingleAsync(s => s.InstanceId == "A1")).Json);
        }
    }

    [StoreFact]
    public async Task Projections_StayExact_WhenAnotherWriterCommitsInBetween()
    {
        var other = await StoreFactory.OpenAsync(((EfMatterStore)Store).Options, Time);
        var state = await CommitAsync(Rural.StartMatter("A1"));
        var now = RuralHousing.Start;
        var turn = 0;
        while (state.Status == MatterStatus.Running)
        {
            // Alternate the writer: each store's cached rows go stale every other commit, so the
            // diff must notice the other store's version and read the rows back.
            var writer = turn++ % 2 == 0 ? other : Store;
            var change = Rural.Next(state, now.AddHours(1));
            now = change.Events[^1].At;
            await writer.CommitAsync([change]);
            state = change.NewState;

            var expected = state.Tasks.SelectMany(t => t.Items.Select(i => (t.Id, i.Id, i.Unit, i.Status.ToString()))).Order().ToList();
            var actual = (await TaskRowsAsync()).Select(r => (r.TaskId, r.WorkItemId, r.Unit, r.Status)).Order().ToList();
            Assert.Equal(expected, actual);
            await AssertTimersMatchAsync(state);
        }
        Assert.Empty(await TaskRowsAsync());
    }

    [StoreFact]
    public async Task Commit_AfterAFailedGroup_DiffsAgainstWhatIsReallyStored()
    {
        var state = await CommitAsync(Rural.StartMatter("A1"));
        await CommitAsync(Rural.StartMatter("B1"));
        var next = Rural.Next(state, RuralHousing.Start.AddHours(1));
        // A group that fails (here: B1 started again, a conflict) writes nothing, so the rows the
        // store remembers for A1 must not move on either.
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Store.CommitAsync([next, Rural.StartMatter("B1")]));

        await Store.CommitAsync([next]);
        state = next.NewState;
        var expected = state.Tasks.SelectMany(t => t.Items.Select(i => (t.Id, i.Id))).Order().ToList();
        Assert.Equal(expected, (await TaskRowsAsync()).Where(r => r.InstanceId == "A1").Select(r => (r.TaskId, r.WorkItemId)).Order().ToList());
        var timers = (await Store.PendingTimersAsync()).Where(t => t.InstanceId == "A1").Select(t => (t.TimerId, t.Due)).Order().ToList();
        Assert.Equal(state.Timers.Select(t => (t.Id, t.Due)).Order().ToList(), timers);
    }

    [StoreFact]
    public async Task Migration_MovesSnapshotsOutOfTheInstanceRows_AndDownAgain()
    {
        var state = await CommitAsync(Rural.StartMatter("A1"));
        await using var db = Db();
        var all = db.Database.GetMigrations().ToList();
        var snapshots = all.FindIndex(m => m.EndsWith("_SnapshotsTable", StringComparison.Ordinal));
        Assert.True(snapshots > 0, "no SnapshotsTable migration");

        // Down to the release before: the snapshot is back in the instance row.
        await db.GetService<IMigrator>().MigrateAsync(all[snapshots - 1]);
        var inRow = await db.Database.SqlQueryRaw<string>(
            "SELECT \"SnapshotJson\" AS \"Value\" FROM \"Instances\" WHERE \"Id\" = 'A1'").SingleAsync();
        Assert.Equal(Json(state), inRow);

        // And up again, as a database of that release is upgraded: the snapshot moves to its table.
        await SchemaMigration.ApplyPendingAsync(db);
        Assert.Equal(all, await db.Database.GetAppliedMigrationsAsync());
        var loaded = await Store.LoadAsync("A1");
        Assert.Equal(Json(state), Json(loaded!.State));
    }
}
