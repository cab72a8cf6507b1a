using Microsoft.EntityFrameworkCore;
using OneMatter.Engine.Effects;
using OneMatter.Engine.Instances;
using OneMatter.Storage.Tests.Support;

namespace OneMatter.Storage.Tests;

public abstract partial class MatterStoreCompliance
{
    [StoreFact]
    public async Task PendingTimers_FollowTheSnapshotAfterEveryCommit()
    {
        var state = await CommitAsync(Rural.StartMatter("A1"));
        await AssertTimersMatchAsync(state);
        var now = RuralHousing.Start;
        var sawTimers = state.Timers.Length > 0;
        while (state.Status == MatterStatus.Running)
        {
            var change = Rural.Next(state, now.AddHours(1));
            // A fired node timer moves the clock to its due instant; later steps follow it.
            now = change.Events[^1].At;
            state = await CommitAsync(change);
            await AssertTimersMatchAsync(state);
            sawTimers |= state.Timers.Length > 0;
        }
        Assert.True(sawTimers);
        Assert.Empty(await Store.PendingTimersAsync());
    }

    [StoreFact]
    public async Task Tasks_ProjectUnitsClaimsDeadlinesAndFlags()
    {
        var state = await CommitAsync(Rural.StartMatter("A1"));
        var task = state.Tasks[0];
        var deadline = state.Deadlines.Single(d => d.Id == task.Deadline);

        var rows = await TaskRowsAsync();
        var row = Assert.Single(rows);
        Assert.Equal((task.Id, task.Node, task.Items[0].Unit, "Offered"), (row.TaskId, row.Node, row.Unit, row.Status));
        Assert.Equal(deadline.Due.UtcTicks, row.DueUtcTicks);
        Assert.Null(row.ClaimedBy);
        Assert.False(row.Warned || row.Overdue || row.Supervised);

        state = await CommitAsync(Rural.ClaimFirstTask(state, RuralHousing.Start.AddMinutes(5), "officer.zhang"));
        Assert.Equal("officer.zhang", Assert.Single(await TaskRowsAsync()).ClaimedBy);

        state = await CommitAsync(Rural.FireEarliest(state, TimerKind.Escalation));
        Assert.True(state.Deadlines.Single(d => d.Id == task.Deadline).Warned);
        row = Assert.Single(await TaskRowsAsync());
        Assert.True(row.Warned);
        Assert.False(row.Overdue);

        state = await CommitAsync(Rural.FireEarliest(state, TimerKind.Escalation));
        var after = state.Deadlines.Single(d => d.Id == task.Deadline);
        row = Assert.Single(await TaskRowsAsync());
        Assert.Equal(after.Overdue, row.Overdue);
        Assert.True(row.Overdue);
        Assert.Equal(state.Tasks[0].Supervised, row.Supervised);

        state = await CommitAsync(Rural.CompleteFirstTask(state, after.Due.AddHours(1), "officer.zhang"));
        var units = state.Tasks.SelectMany(t => t.Items).Select(i => i.Unit).Order().ToList();
        Assert.Equal(units, (await TaskRowsAsync()).Select(r => r.Unit).Order().ToList());
        Assert.True(units.Count > 1);
    }

    [StoreFact]
    public async Task Outbox_PendingUntilMarkedDone()
    {
        var change = Rural.StartMatter("A1");
        await Store.CommitAsync([change]);

        var pending = await Store.PendingEffectsAsync(100);

        Assert.Equal(change.Effects.Count, pending.Count);
        Assert.Contains(pending, p => p.Effect is ScheduleTimer);
        Assert.Equal(change.Effects.Select(e => e.GetType()), pending.Select(p => p.Effect.GetType()));
        Assert.All(pending, p => Assert.Equal("A1", p.Effect.InstanceId));
        Assert.Single(await Store.PendingEffectsAsync(1));

        Assert.Equal(pending.Select(p => p.Id), (await Store.ClaimEffectsAsync("node-a", 100, TimeSpan.FromMinutes(1))).Select(p => p.Id));
        Assert.Equal(1, await Store.MarkEffectsDoneAsync("node-a", [pending[0].Id]));

        var rest = await Store.PendingEffectsAsync(100);
        Assert.Equal(pending.Skip(1).Select(p => p.Id), rest.Select(p => p.Id));
        Assert.Equal(rest.Count, await Store.MarkEffectsDoneAsync("node-a", rest.Select(p => p.Id).ToList()));
        Assert.Empty(await Store.PendingEffectsAsync(100));
    }

    private async Task AssertTimersMatchAsync(MatterState state)
    {
        var expected = state.Timers.Select(t => (state.InstanceId, t.Id, t.Kind, t.Due.UtcTicks)).Order().ToList();
        var actual = (await Store.PendingTimersAsync()).Select(t => (t.InstanceId, t.TimerId, t.Kind, t.Due.UtcTicks)).Order().ToList();
        Assert.Equal(expected, actual);
    }

    private async Task<List<Entities.TaskRow>> TaskRowsAsync()
    {
        await using var db = Db();
        return await db.Tasks.AsNoTracking().ToListAsync();
    }
}
