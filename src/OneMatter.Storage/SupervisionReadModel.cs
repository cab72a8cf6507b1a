using Microsoft.EntityFrameworkCore;
using OneMatter.Storage.Entities;

namespace OneMatter.Storage;

/// <summary>
/// The command centre's queries: live matters of a jurisdiction, warning and overdue task rows,
/// and the events unit statistics are folded from. A jurisdiction is passed as the set of place
/// ids it covers (null = the whole county, including matters without a place), because the org
/// directory that knows which places lie within an area lives in the engine, not the database.
/// Every call uses its own short-lived context, like <see cref="MatterReadModel"/>.
/// </summary>
public sealed class SupervisionReadModel
{
    /// <summary>The event types unit statistics need: when work reached a unit, when it was
    /// done, its due instant, and urging and supervision.</summary>
    public static readonly IReadOnlyList<string> StatisticsEventTypes =
    [
        "task-created", "task-transferred", "signer-added", "deadline-set", "work-item-completed", "task-completed",
        "task-urged", "task-supervised", "deadline-escalated",
    ];

    private readonly Func<MatterDbContext> _contexts;

    /// <summary>A read model over the database of <paramref name="options"/>.</summary>
    public SupervisionReadModel(StorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _contexts = options.ContextPool();
    }

    /// <summary>Counts by definition and status, and one page of instances, newest first.</summary>
    /// <param name="places">Place ids of the jurisdiction, or null for all.</param>
    /// <param name="definitionId">Only this definition, if set.</param>
    /// <param name="status">Only this status (Running, Ended), if set; counts ignore it so the
    /// screen shows every state.</param>
    /// <param name="withOverdue">Only instances with an overdue open task row.</param>
    /// <param name="now">The clock, for due instants already past.</param>
    /// <param name="skip">Rows to skip.</param>
    /// <param name="take">Rows to take.</param>
    /// <param name="cancellationToken">Cancels the queries.</param>
    public async Task<(IReadOnlyList<DefinitionCount> Counts, IReadOnlyList<MatterInstance> Items, int Total)> MattersAsync(
        IReadOnlyCollection<string>? places, string? definitionId, string? status, bool withOverdue, DateTimeOffset now, int skip, int take,
        CancellationToken cancellationToken = default)
    {
        await using var db = _contexts();
        var scoped = Scope(db.Instances.AsNoTracking(), places);
        if (definitionId is not null)
        {
            scoped = scoped.Where(i => i.DefinitionId == definitionId);
        }
        var counts = await scoped.GroupBy(i => new { i.DefinitionId, i.Status })
            .Select(g => new { g.Key.DefinitionId, g.Key.Status, Count = g.Count() })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var rows = status is null ? scoped : scoped.Where(i => i.Status == status);
        if (withOverdue)
        {
            var ticks = now.UtcTicks;
            rows = rows.Where(i => db.Tasks.Any(t => t.InstanceId == i.Id && t.Status != "Done"
                && (t.Overdue || (t.DueUtcTicks != null && t.DueUtcTicks < ticks))));
        }
        var total = await rows.CountAsync(cancellationToken).ConfigureAwait(false);
        var items = await rows.OrderByDescending(i => i.StartedUtcTicks).ThenBy(i => i.Id).Skip(skip).Take(take)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return (counts.OrderBy(c => c.DefinitionId, StringComparer.Ordinal).ThenBy(c => c.Status, StringComparer.Ordinal)
            .Select(c => new DefinitionCount(c.DefinitionId, c.Status, c.Count)).ToList(), items, total);
    }

    /// <summary>Open task rows of the instances, for the matters page.</summary>
    public async Task<IReadOnlyList<TaskRow>> OpenTasksOfAsync(IReadOnlyCollection<string> instanceIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(instanceIds);
        await using var db = _contexts();
        return await db.Tasks.AsNoTracking().Where(t => instanceIds.Contains(t.InstanceId) && t.Status != "Done")
            .ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Open task rows that are warned or overdue (a due instant already past counts as
    /// overdue before its timer fired), most overdue first, with their instances.</summary>
    /// <param name="places">Place ids of the jurisdiction, or null for all.</param>
    /// <param name="overdue">True: only overdue rows; false: only warned rows not yet overdue;
    /// null: both.</param>
    /// <param name="unit">Only rows of this unit, if set.</param>
    /// <param name="definitionId">Only this definition, if set.</param>
    /// <param name="now">The clock.</param>
    /// <param name="skip">Rows to skip.</param>
    /// <param name="take">Rows to take.</param>
    /// <param name="cancellationToken">Cancels the queries.</param>
    public async Task<(IReadOnlyList<(TaskRow Task, MatterInstance Instance)> Items, int Total)> AlertsAsync(IReadOnlyCollection<string>? places,
        bool? overdue, string? unit, string? definitionId, DateTimeOffset now, int skip, int take, CancellationToken cancellationToken = default)
    {
        await using var db = _contexts();
        var ticks = now.UtcTicks;
        var instances = Scope(db.Instances.AsNoTracking(), places).Where(i => i.Status == "Running");
        if (definitionId is not null)
        {
            instances = instances.Where(i => i.DefinitionId == definitionId);
        }
        var tasks = db.Tasks.AsNoTracking().Where(t => t.Status != "Done" && !t.ForApplicant);
        tasks = overdue switch
        {
            true => tasks.Where(t => t.Overdue || (t.DueUtcTicks != null && t.DueUtcTicks < ticks)),
            false => tasks.Where(t => t.Warned && !t.Overdue && !(t.DueUtcTicks != null && t.DueUtcTicks < ticks)),
            null => tasks.Where(t => t.Warned || t.Overdue || (t.DueUtcTicks != null && t.DueUtcTicks < ticks)),
        };
        if (unit is not null)
        {
            tasks = tasks.Where(t => t.Unit == unit);
        }
        var joined = tasks.Join(instances, t => t.InstanceId, i => i.Id, (t, i) => new { Task = t, Instance = i });
        var total = await joined.CountAsync(cancellationToken).ConfigureAwait(false);
        var page = await joined
            .OrderBy(x => x.Task.DueUtcTicks == null).ThenBy(x => x.Task.DueUtcTicks).ThenBy(x => x.Task.InstanceId).ThenBy(x => x.Task.TaskId)
            .ThenBy(x => x.Task.WorkItemId)
            .Skip(skip).Take(take).ToListAsync(cancellationToken).ConfigureAwait(false);
        return (page.Select(x => (x.Task, x.Instance)).ToList(), total);
    }

    /// <summary>Every open task row of the jurisdiction's running instances (the backlog).</summary>
    public async Task<IReadOnlyList<TaskRow>> BacklogAsync(IReadOnlyCollection<string>? places, CancellationToken cancellationToken = default)
    {
        await using var db = _contexts();
        var instances = Scope(db.Instances.AsNoTracking(), places).Where(i => i.Status == "Running").Select(i => i.Id);
        return await db.Tasks.AsNoTracking().Where(t => t.Status != "Done" && instances.Contains(t.InstanceId))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The instances of the jurisdiction (definition and lead unit, for statistics).</summary>
    public async Task<IReadOnlyList<MatterInstance>> InstancesAsync(IReadOnlyCollection<string>? places, CancellationToken cancellationToken = default)
    {
        await using var db = _contexts();
        return await Scope(db.Instances.AsNoTracking(), places).ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The events of the given types of the jurisdiction's instances, in log order per
    /// instance. <paramref name="fromUtc"/> and <paramref name="toUtc"/> bound the events'
    /// instants (as UTC ticks: SQLite cannot compare <see cref="DateTimeOffset"/>).</summary>
    public async Task<IReadOnlyList<LoggedEvent>> EventsAsync(IReadOnlyCollection<string>? places, IReadOnlyCollection<string> types,
        DateTimeOffset? fromUtc, DateTimeOffset? toUtc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(types);
        await using var db = _contexts();
        var instances = Scope(db.Instances.AsNoTracking(), places).Select(i => i.Id);
        var events = db.Events.AsNoTracking().Where(e => types.Contains(e.Type) && instances.Contains(e.InstanceId));
        if (fromUtc is { } from)
        {
            var ticks = from.UtcTicks;
            events = events.Where(e => e.AtUtcTicks >= ticks);
        }
        if (toUtc is { } to)
        {
            var ticks = to.UtcTicks;
            events = events.Where(e => e.AtUtcTicks < ticks);
        }
        var rows = await events.OrderBy(e => e.InstanceId).ThenBy(e => e.Sequence)
            .Select(e => new { e.InstanceId, e.Sequence, e.Json })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows.Select(r => new LoggedEvent(r.InstanceId, r.Sequence, MatterJson.Event(r.Json))).ToList();
    }

    /// <summary>The instances of the jurisdiction that were still running at
    /// <paramref name="fromUtc"/> or started later, and every event of theirs in log order per
    /// instance: what the daily trend replays. Two queries.</summary>
    public async Task<(IReadOnlyList<MatterInstance> Instances, IReadOnlyList<LoggedEvent> Events)> LiveSinceAsync(IReadOnlyCollection<string>? places,
        DateTimeOffset fromUtc, CancellationToken cancellationToken = default)
    {
        var ticks = fromUtc.UtcTicks;
        await using var db = _contexts();
        var live = Scope(db.Instances.AsNoTracking(), places).Where(i => i.EndedUtcTicks == null || i.EndedUtcTicks >= ticks);
        var instances = await live.ToListAsync(cancellationToken).ConfigureAwait(false);
        var ids = live.Select(i => i.Id);
        var rows = await db.Events.AsNoTracking().Where(e => ids.Contains(e.InstanceId)).OrderBy(e => e.InstanceId).ThenBy(e => e.Sequence)
            .Select(e => new { e.InstanceId, e.Sequence, e.Json })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return (instances, rows.Select(r => new LoggedEvent(r.InstanceId, r.Sequence, MatterJson.Event(r.Json))).ToList());
    }

    /// <summary>The task rows a state projects to, exactly as <see cref="BacklogAsync"/> reads
    /// them once stored (one per work item of an open task).</summary>
    public static IEnumerable<TaskRow> TaskRowsOf(OneMatter.Engine.Instances.MatterState state) => Projection.Tasks(state);

    private static IQueryable<MatterInstance> Scope(IQueryable<MatterInstance> instances, IReadOnlyCollection<string>? places) =>
        places is null ? instances : instances.Where(i => i.Jurisdiction != null && places.Contains(i.Jurisdiction));
}
