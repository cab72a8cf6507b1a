using Microsoft.EntityFrameworkCore;
using OneMatter.Engine.Instances;
using OneMatter.Engine.Persistence;

namespace OneMatter.Storage;

internal sealed partial class EfMatterStore
{
    public async Task<IReadOnlyList<PendingEffect>> PendingEffectsAsync(int max, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(max);
        var db = CreateDbContext();
        await using (db.ConfigureAwait(false))
        {
            var rows = await db.Outbox.AsNoTracking()
                .Where(o => o.DoneUtcTicks == null)
                .OrderBy(o => o.Id)
                .Take(max)
                .Select(o => new { o.Id, o.EffectJson })
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            return rows.ConvertAll(r => new PendingEffect(r.Id, MatterJson.Effect(r.EffectJson)));
        }
    }

    public async Task MarkEffectsDoneAsync(IReadOnlyCollection<long> ids, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        if (ids.Count == 0)
        {
            return;
        }
        var list = ids.ToList();
        var now = NowTicks;
        var db = CreateDbContext();
        await using (db.ConfigureAwait(false))
        {
            await db.Outbox
                .Where(o => list.Contains(o.Id) && o.DoneUtcTicks == null)
                .ExecuteUpdateAsync(s => s.SetProperty(o => o.DoneUtcTicks, now), cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task<IReadOnlyList<PendingTimer>> PendingTimersAsync(CancellationToken cancellationToken = default)
    {
        var db = CreateDbContext();
        await using (db.ConfigureAwait(false))
        {
            var rows = await db.Timers.AsNoTracking()
                .OrderBy(t => t.DueUtcTicks)
                .ThenBy(t => t.InstanceId)
                .ThenBy(t => t.TimerId)
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            return rows.ConvertAll(t => new PendingTimer(t.InstanceId, t.TimerId, Enum.Parse<TimerKind>(t.Kind), Projection.Utc(t.DueUtcTicks)));
        }
    }
}
