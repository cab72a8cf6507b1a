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

    // Every officer's action asks UnitTakesPartAsync first, so its two queries are compiled once
    // (EF Core otherwise hashes and looks up the expression tree on every call: a profile of HTTP
    // completions showed that as a large part of the check). A compiled query serves one model,
    // i.e. one provider: hence per read model, not static. The instance's few task rows are read
    // by primary key and the unit compared in memory: asked for both columns at once, SQLite
    // without statistics plans on the (Unit, Status, Due) index and walks every row the unit ever
    // had (54 ms per request at a million rows, measured by tests/OneMatter.Server.Benchmarks).
    private readonly Func<MatterDbContext, string, IAsyncEnumerable<string?>> _unitsOfInstance =
        EF.CompileAsyncQuery((MatterDbContext db, string instanceId) =>
            db.Tasks.AsNoTracking().Where(t => t.InstanceId == instanceId).Select(t => t.Unit));

    private readonly Func<MatterDbContext, string, CancellationToken, Task<long?>> _versionOf =
        EF.CompileAsyncQuery((MatterDbContext db, string instanceId, CancellationToken _) =>
            db.Instances.AsNoTracking().Where(i => i.Id == instanceId).Select(i => (long?)i.Version).FirstOrDefault());

    // Only the events of handling work count: an event's unit is its actor's, so a supervisor's
    // 催办 or 督办 (and what it issues) carries the command centre's unit, and counting every event
    // would let any officer account of that unit read every matter ever urged.
    private readonly Func<MatterDbContext, string, string, CancellationToken, Task<bool>> _unitInEvents =
        EF.CompileAsyncQuery((MatterDbContext db, string instanceId, string unit, CancellationToken _) =>
            db.Events.AsNoTracking().Any(e => e.InstanceId == instanceId && e.Unit == unit
                && new[]
                {
                    "task-claimed", "task-released", "work-item-completed", "task-completed", "task-returned", "task-transferred",
                    "task-delegated", "delegation-resolved", "signer-added", "signer-removed", "comment-added", "files-attached",
                }.Contains(e.Type)));

    // The inbox's statements, one set per view (see InboxView and InboxStatements).
    private readonly InboxStatements _pending = new(InboxView.Pending);
    private readonly InboxStatements _mine = new(InboxView.Mine);
    private readonly InboxStatements _dueSoon = new(InboxView.DueSoon);
    private readonly InboxStatements _overdue = new(InboxView.Overdue);

    // The inbox asks this for every page, so it is compiled too (a quarter less time per call,
    // measured on SQLite at a million task rows). The ids are a collection parameter, which EF
    // Core 10 binds per call as it did for the uncompiled query (on SQLite the same
    // IN (@ids1, @ids2, ...), one parameter per id).
    private readonly Func<MatterDbContext, string[], IAsyncEnumerable<InstanceDefinition>> _definitionsOf =
        EF.CompileAsyncQuery((MatterDbContext db, string[] ids) =>
            db.Instances.AsNoTracking().Where(i => ids.Contains(i.Id)).Select(i => new InstanceDefinition(i.Id, i.DefinitionId, i.DefinitionVersion)));

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

    /// <summary>An instance's current version, or null when there is no such instance: one
    /// column by primary key, for a reader that has the state of some version at hand.</summary>
    public Task<long?> VersionAsync(string instanceId, CancellationToken cancellationToken = default) =>
        WithContextAsync(db => _versionOf(db, instanceId, cancellationToken));

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
    /// an event of work its officers did on the matter (claimed, completed, returned, transferred,
    /// delegated, signers, comments, files).</summary>
    public async Task<bool> UnitTakesPartAsync(string instanceId, string unit, CancellationToken cancellationToken = default)
    {
        await using var db = _contexts();
        await foreach (var held in _unitsOfInstance(db, instanceId).WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            if (held == unit)
            {
                return true;
            }
        }
        return await _unitInEvents(db, instanceId, unit, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A unit's inbox page and the total matching the filter: soonest due first, the
    /// rows without a deadline after them, each group by creation.</summary>
    /// <remarks>
    /// Dated and undated rows are read as two queries, each in the order of the partial index
    /// <c>IX_Tasks_OpenInbox</c>, so SQLite and PostgreSQL walk the index and stop after the page
    /// instead of sorting every open row of the unit (one ORDER BY "due IS NULL, due" cannot use an
    /// index); the counts are answered from the same index. The four statements of each view are
    /// compiled once per read model (<see cref="InboxStatements"/>).
    /// </remarks>
    public async Task<(IReadOnlyList<TaskRow> Items, int Total)> InboxAsync(InboxQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var view = query.Filter switch
        {
            InboxFilter.Mine => _mine,
            InboxFilter.DueSoon => _dueSoon,
            InboxFilter.Overdue => _overdue,
            _ => _pending,
        };
        var (unit, user) = (query.Unit, query.User);
        var now = query.Now.UtcTicks;
        var soon = now + query.DueSoonWindow.Ticks;
        await using var db = _contexts();
        // One connection for the page's three or four statements instead of one opened and closed
        // per statement (each statement is still its own read; no transaction): about 0.05 ms of
        // 0.75 per page, lower in five of five alternating runs.
        await db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var datedCount = await view.CountDated(db, unit, user, now, soon, cancellationToken).ConfigureAwait(false);
        // Due soon means a deadline: no undated row can match.
        var undatedCount = query.Filter == InboxFilter.DueSoon
            ? 0
            : await view.CountUndated(db, unit, user, now, soon, cancellationToken).ConfigureAwait(false);
        var items = new List<TaskRow>(query.Take);
        if (query.Skip < datedCount)
        {
            await AddAllAsync(items, view.PageDated(db, unit, user, now, soon, query.Skip, query.Take), cancellationToken).ConfigureAwait(false);
        }
        var left = query.Take - items.Count;
        if (left > 0 && undatedCount > 0)
        {
            var skip = Math.Max(0, query.Skip - datedCount);
            await AddAllAsync(items, view.PageUndated(db, unit, user, now, soon, skip, left), cancellationToken).ConfigureAwait(false);
        }
        return (items, datedCount + undatedCount);
    }

    /// <summary>A compiled page's rows, added to the inbox's list as they are read.</summary>
    private static async Task AddAllAsync(List<TaskRow> items, IAsyncEnumerable<TaskRow> rows, CancellationToken cancellationToken)
    {
        await foreach (var row in rows.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            items.Add(row);
        }
    }

    /// <summary>The definition id and version of each of the given instances (unknown ids are
    /// left out): one query for a page of rows.</summary>
    public async Task<IReadOnlyDictionary<string, (string DefinitionId, int DefinitionVersion)>> DefinitionsOfAsync(IReadOnlyCollection<string> instanceIds,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(instanceIds);
        if (instanceIds.Count == 0)
        {
            return new Dictionary<string, (string, int)>(StringComparer.Ordinal);
        }
        await using var db = _contexts();
        var found = new Dictionary<string, (string, int)>(instanceIds.Count, StringComparer.Ordinal);
        var ids = instanceIds.Distinct(StringComparer.Ordinal).ToArray();
        await foreach (var row in _definitionsOf(db, ids).WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            found[row.Id] = (row.DefinitionId, row.DefinitionVersion);
        }
        return found;
    }

    /// <summary>A row of <see cref="DefinitionsOfAsync"/>.</summary>
    private sealed record InstanceDefinition(string Id, string DefinitionId, int DefinitionVersion);

    private async Task<T> WithContextAsync<T>(Func<MatterDbContext, Task<T>> query)
    {
        await using var db = _contexts();
        return await query(db).ConfigureAwait(false);
    }
}
