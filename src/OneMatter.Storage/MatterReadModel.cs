using Microsoft.EntityFrameworkCore;
using OneMatter.Storage.Entities;

namespace OneMatter.Storage;

/// <summary>
/// The queries the server's faces need, over the projections the commit path keeps current
/// (instance columns, task rows, the event log). Read-only and safe to share: every call uses
/// its own short-lived context, while the single writer keeps writing.
/// </summary>
public sealed class MatterReadModel
{
    private readonly Func<MatterDbContext> _contexts;

    /// <summary>A read model over the database of <paramref name="options"/>.</summary>
    public MatterReadModel(StorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _contexts = options.ContextPool();
    }

    /// <summary>An instance's row (status, version and searchable columns), or null.</summary>
    public async Task<MatterInstance?> InstanceAsync(string instanceId, CancellationToken cancellationToken = default)
    {
        await using var db = _contexts();
        return await db.Instances.AsNoTracking().FirstOrDefaultAsync(i => i.Id == instanceId, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>An applicant's instances, newest first.</summary>
    public async Task<IReadOnlyList<MatterInstance>> InstancesOfApplicantAsync(string applicant, int skip, int take, CancellationToken cancellationToken = default)
    {
        await using var db = _contexts();
        return await db.Instances.AsNoTracking()
            .Where(i => i.Applicant == applicant)
            .OrderByDescending(i => i.StartedUtcTicks).ThenBy(i => i.Id)
            .Skip(skip).Take(take)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The open task rows (work items) of an instance.</summary>
    public async Task<IReadOnlyList<TaskRow>> TasksOfInstanceAsync(string instanceId, CancellationToken cancellationToken = default)
    {
        await using var db = _contexts();
        return await db.Tasks.AsNoTracking().Where(t => t.InstanceId == instanceId)
            .OrderBy(t => t.CreatedUtcTicks).ThenBy(t => t.TaskId).ThenBy(t => t.WorkItemId)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Whether a unit holds or held work in an instance: an open task row of the unit, or
    /// an event the unit's officers caused or that created a task for it.</summary>
    public async Task<bool> UnitTakesPartAsync(string instanceId, string unit, CancellationToken cancellationToken = default)
    {
        await using var db = _contexts();
        // The instance's few task rows by primary key, the unit compared here: asked for both
        // columns at once, SQLite without statistics plans on the (Unit, Status, Due) index and
        // walks every row the unit ever had (54 ms per request at a million rows, measured by
        // tests/OneMatter.Server.Benchmarks).
        var units = await db.Tasks.AsNoTracking().Where(t => t.InstanceId == instanceId).Select(t => t.Unit)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return units.Contains(unit)
            || await db.Events.AsNoTracking().AnyAsync(e => e.InstanceId == instanceId && e.Unit == unit, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A unit's inbox page and the total matching the filter.</summary>
    public async Task<(IReadOnlyList<TaskRow> Items, int Total)> InboxAsync(InboxQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var db = _contexts();
        var rows = db.Tasks.AsNoTracking().Where(t => t.Unit == query.Unit && t.Status != "Done");
        var now = query.Now.UtcTicks;
        rows = query.Filter switch
        {
            InboxFilter.Mine => rows.Where(t => t.ClaimedBy == query.User || t.Assignee == query.User),
            InboxFilter.DueSoon => rows.Where(t => t.DueUtcTicks != null && t.DueUtcTicks >= now && t.DueUtcTicks <= now + query.DueSoonWindow.Ticks),
            InboxFilter.Overdue => rows.Where(t => t.Overdue || (t.DueUtcTicks != null && t.DueUtcTicks < now)),
            _ => rows.Where(t => t.Status == "Offered" && t.ClaimedBy == null),
        };
        var total = await rows.CountAsync(cancellationToken).ConfigureAwait(false);
        var items = await rows
            .OrderBy(t => t.DueUtcTicks == null).ThenBy(t => t.DueUtcTicks).ThenBy(t => t.CreatedUtcTicks).ThenBy(t => t.InstanceId).ThenBy(t => t.TaskId)
            .Skip(query.Skip).Take(query.Take)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return (items, total);
    }
}
