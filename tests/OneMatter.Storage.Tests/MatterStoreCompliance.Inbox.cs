using OneMatter.Engine.Commands;
using OneMatter.Storage.Entities;
using OneMatter.Storage.Tests.Support;

namespace OneMatter.Storage.Tests;

public abstract partial class MatterStoreCompliance
{
    private static readonly DateTimeOffset InboxNow = new(2026, 3, 10, 2, 0, 0, TimeSpan.Zero);

    /// <summary>Unit u1's open rows: three with deadlines (out of order), two without, one claimed
    /// by bob, one done and one of another unit.</summary>
    private async Task SeedInboxAsync()
    {
        TaskRow Row(string instance, string unit, string status, double? dueDays, int createdMinutes, string? claimedBy = null) => new()
        {
            InstanceId = instance, TaskId = "t1", WorkItemId = "w1", Node = "review", Unit = unit, Status = status, ClaimedBy = claimedBy,
            CreatedUtcTicks = InboxNow.AddDays(-20).AddMinutes(createdMinutes).UtcTicks,
            DueUtcTicks = dueDays is { } d ? InboxNow.AddDays(d).UtcTicks : null,
            Overdue = dueDays < 0,
        };
        await using var db = Db();
        db.Tasks.AddRange(
            Row("due-3", "u1", "Offered", 3, 1),
            Row("due-1", "u1", "Offered", 1, 2),
            Row("late", "u1", "Offered", -2, 3),
            Row("undated-b", "u1", "Offered", null, 5),
            Row("undated-a", "u1", "Offered", null, 4),
            Row("claimed", "u1", "Claimed", 1.5, 6, "bob"),
            Row("done", "u1", "Done", -5, 7),
            Row("other", "u2", "Offered", 1, 8));
        await db.SaveChangesAsync();
    }

    /// <summary>The page's instance ids, comma-joined, and the total.</summary>
    private async Task<(string Page, int Total)> InboxPageAsync(InboxFilter filter, int skip, int take)
    {
        var (rows, total) = await new MatterReadModel(Options).InboxAsync(new InboxQuery
        {
            Unit = "u1", User = "bob", Filter = filter, Now = InboxNow, Skip = skip, Take = take,
        });
        return (string.Join(",", rows.Select(r => r.InstanceId)), total);
    }

    [StoreFact]
    public async Task Inbox_PagesSoonestDueFirst_ThenUndatedByCreation_AcrossThePageBoundary()
    {
        await SeedInboxAsync();

        Assert.Equal(("late,due-1", 5), await InboxPageAsync(InboxFilter.Pending, 0, 2));
        Assert.Equal(("due-3,undated-a", 5), await InboxPageAsync(InboxFilter.Pending, 2, 2));
        Assert.Equal(("undated-b", 5), await InboxPageAsync(InboxFilter.Pending, 4, 2));
        Assert.Equal(("", 5), await InboxPageAsync(InboxFilter.Pending, 6, 2));
        Assert.Equal(("late,due-1,due-3,undated-a,undated-b", 5), await InboxPageAsync(InboxFilter.Pending, 0, 20));
    }

    [StoreFact]
    public async Task Inbox_Filters_Mine_DueSoon_Overdue_NeverDoneOrOtherUnits()
    {
        await SeedInboxAsync();

        Assert.Equal(("claimed", 1), await InboxPageAsync(InboxFilter.Mine, 0, 20));
        // due within two days from now: not the late one, not the undated ones
        Assert.Equal(("due-1,claimed", 2), await InboxPageAsync(InboxFilter.DueSoon, 0, 20));
        Assert.Equal(("late", 1), await InboxPageAsync(InboxFilter.Overdue, 0, 20));
    }

    [StoreFact]
    public async Task DefinitionsOf_ReadsAPagesInstancesInOneCall_LeavingUnknownIdsOut()
    {
        var state = await CommitAsync(Rural.StartMatter("A1"));
        var reads = new MatterReadModel(Options);

        var found = await reads.DefinitionsOfAsync(["A1", "A1", "nobody"]);

        Assert.Equal((state.DefinitionId, state.DefinitionVersion), Assert.Single(found).Value);
        Assert.Empty(await reads.DefinitionsOfAsync([]));
    }

    [StoreFact]
    public async Task UnitTakesPart_ByAnOpenTaskRow_OrByAnEventOfTheUnit_NotOtherwise()
    {
        await SeedInboxAsync();
        var started = await CommitAsync(Rural.StartMatter("A1"));
        await CommitAsync(Rural.CompleteFirstTask(started, RuralHousing.Start.AddHours(1)));
        string eventUnit;
        await using (var db = Db())
        {
            eventUnit = db.Events.Where(e => e.InstanceId == "A1" && e.Unit != null).Select(e => e.Unit!).First();
            // its task rows gone (closed), only the event log remembers the unit's part
            db.Tasks.RemoveRange(db.Tasks.Where(t => t.InstanceId == "A1"));
            await db.SaveChangesAsync();
        }
        var reads = new MatterReadModel(Options);

        Assert.True(await reads.UnitTakesPartAsync("due-1", "u1"));
        Assert.False(await reads.UnitTakesPartAsync("due-1", "u2"));
        Assert.True(await reads.UnitTakesPartAsync("other", "u2"));
        Assert.True(await reads.UnitTakesPartAsync("A1", eventUnit));
        Assert.False(await reads.UnitTakesPartAsync("A1", "u1"));
        Assert.False(await reads.UnitTakesPartAsync("nobody", "u1"));
    }

    [StoreFact]
    public async Task UnitTakesPart_NotByASupervisorsUrging()
    {
        var state = await CommitAsync(Rural.StartMatter("A1"));
        var urge = new UrgeTask { Actor = Actor.Supervisor("supervisor", "cs-command-centre"), TaskId = state.Tasks[0].Id, Message = "请加快" };
        state = await CommitAsync(Rural.Apply(state, urge, RuralHousing.Start.AddHours(1)));
        await using (var db = Db())
        {
            Assert.Contains(db.Events.Where(e => e.InstanceId == "A1").Select(e => e.Unit), u => u == "cs-command-centre");
        }

        // An officer account of the command centre's unit does not take part in every urged matter.
        Assert.False(await new MatterReadModel(Options).UnitTakesPartAsync("A1", "cs-command-centre"));
    }

    [StoreFact]
    public async Task Version_IsTheInstancesCurrentVersion_OrNullForNone()
    {
        var started = await CommitAsync(Rural.StartMatter("A1"));
        var next = await CommitAsync(Rural.CompleteFirstTask(started, RuralHousing.Start.AddHours(1)));
        var reads = new MatterReadModel(Options);

        Assert.Equal(next.Version, await reads.VersionAsync("A1"));
        Assert.True(next.Version > started.Version);
        Assert.Null(await reads.VersionAsync("nobody"));
    }
}
