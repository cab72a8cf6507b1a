using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using OneMatter.Engine.Instances;
using OneMatter.Engine.Persistence;
using OneMatter.Storage.Entities;

namespace OneMatter.Storage;

internal sealed partial class EfMatterStore
{
    public async Task CommitAsync(IReadOnlyList<MatterChange> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        if (changes.Count == 0)
        {
            return;
        }
        foreach (var change in changes)
        {
            Validate(change);
        }
        var ids = changes.Select(c => c.InstanceId).Distinct(StringComparer.Ordinal).ToList();
        var db = CreateDbContext();
        await using (db.ConfigureAwait(false))
        {
            // Nothing is tracked: every read and write on this path goes through prepared ADO.NET
            // commands on the context's connection, inside its transaction.
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            db.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.NoTracking;
            // On SQLite this is BEGIN IMMEDIATE (Microsoft.Data.Sqlite's default): the write lock
            // is taken before the version check, so the check cannot go stale before the write.
            var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            List<ProjectionCache.Entry> committed;
            await using (transaction.ConfigureAwait(false))
            {
                var connection = db.Database.GetDbConnection();
                var dbTransaction = transaction.GetDbTransaction();
                var rows = await ReadHeadsAsync(connection, dbTransaction, ids, cancellationToken).ConfigureAwait(false);
                ThrowOnConflicts(changes, rows);
                var writer = new CommitWriter(connection, dbTransaction, CommitInsert.RowsPerStatement(_options.Provider));
                await using (writer.ConfigureAwait(false))
                {
                    committed = await WriteAsync(db, writer, changes, rows, cancellationToken).ConfigureAwait(false);
                }
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }
            // Durable: from now on these rows are what the database holds at these versions.
            foreach (var entry in committed)
            {
                _projections.Put(entry);
            }
        }
    }

    /// <summary>An instance's stored version and chain head, as read at the start of a commit.</summary>
    private sealed record Head(string Id, long Version, string ChainHead);

    /// <summary>Reads the version and chain head of the instances a group touches (missing ones
    /// are new), in chunks of a few hundred ids per statement.</summary>
    private static async Task<Dictionary<string, Head>> ReadHeadsAsync(DbConnection connection, DbTransaction transaction, List<string> ids,
        CancellationToken cancellationToken)
    {
        var heads = new Dictionary<string, Head>(ids.Count, StringComparer.Ordinal);
        foreach (var chunk in ids.Chunk(500))
        {
            var command = connection.CreateCommand();
            await using (command.ConfigureAwait(false))
            {
                command.Transaction = transaction;
                command.CommandText = CommitSql.SelectHeads(chunk.Length);
                for (var i = 0; i < chunk.Length; i++)
                {
                    var p = command.CreateParameter();
                    p.ParameterName = CommitSql.IdParameter(i);
                    p.DbType = System.Data.DbType.String;
                    p.Value = chunk[i];
                    command.Parameters.Add(p);
                }
                var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                await using (reader.ConfigureAwait(false))
                {
                    while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                    {
                        var head = new Head(reader.GetString(0), reader.GetInt64(1), reader.GetString(2));
                        heads[head.Id] = head;
                    }
                }
            }
        }
        return heads;
    }

    private async Task<List<ProjectionCache.Entry>> WriteAsync(MatterDbContext db, CommitWriter writer, IReadOnlyList<MatterChange> changes,
        Dictionary<string, Head> rows, CancellationToken cancellationToken)
    {
        // Follow each instance through the group: its final state, chain head and the version
        // stored before the group (what the instance row's UPDATE must still find).
        var latest = new Dictionary<string, (MatterState State, string ChainHead)>(StringComparer.Ordinal);
        var heads = rows.ToDictionary(r => r.Key, r => r.Value.ChainHead, StringComparer.Ordinal);
        var events = new List<object?[]>();
        foreach (var change in changes)
        {
            var head = heads.GetValueOrDefault(change.InstanceId, "");
            var sequence = change.ExpectedVersion;
            foreach (var e in change.Events)
            {
                var json = MatterJson.Serialize(e);
                var hash = EventChain.Hash(head, json);
                events.Add([change.InstanceId, ++sequence, MatterJson.TypeOf(e), json, e.Actor, e.Unit, e.At.UtcTicks, hash, head]);
                head = hash;
            }
            heads[change.InstanceId] = head;
            latest[change.InstanceId] = (change.NewState, head);
        }

        // Instance rows first: a writer elsewhere that got in between shows as a conflict here,
        // before its event keys could collide with ours.
        var conflicts = new List<string>();
        foreach (var (id, (state, chainHead)) in latest)
        {
            var stored = rows.GetValueOrDefault(id);
            // A new instance always gets its snapshot; later ones only every SnapshotPolicy
            // interval and at the end, the events in between are folded on load.
            var withSnapshot = stored is null || SnapshotPolicy.ShouldWrite(stored.Version, state);
            var row = new MatterInstance { Id = id, DefinitionId = "", Status = "", SnapshotJson = "", ChainHead = "" };
            Projection.Apply(row, state, chainHead, withSnapshot);
            if (stored is not null)
            {
                var updated = withSnapshot
                    ? await writer.UpdateInstance.RunAsync(cancellationToken,
                        [.. InstanceValues(row), row.SnapshotJson, stored.Version]).ConfigureAwait(false)
                    : await writer.UpdateInstanceHead.RunAsync(cancellationToken,
                        [.. InstanceValues(row), stored.Version]).ConfigureAwait(false);
                if (updated == 0)
                {
                    // Another writer (another node) changed the instance between our read and write.
                    conflicts.Add(id);
                }
            }
            else
            {
                try
                {
                    await writer.InsertInstance.RunAsync(cancellationToken, [.. InstanceValues(row), row.SnapshotJson]).ConfigureAwait(false);
                }
                catch (DbException)
                {
                    // Another writer created the same new instance first (its key is taken).
                    conflicts.Add(id);
                    throw new ConcurrencyConflictException(conflicts);
                }
            }
        }
        if (conflicts.Count > 0)
        {
            throw new ConcurrencyConflictException(conflicts);
        }

        foreach (var values in events)
        {
            await writer.Event.AddAsync(cancellationToken, values).ConfigureAwait(false);
        }
        var now = NowTicks;
        foreach (var change in changes)
        {
            foreach (var effect in change.Effects)
            {
                await writer.Outbox.AddAsync(cancellationToken, change.InstanceId, MatterJson.Serialize(effect), now).ConfigureAwait(false);
            }
            if (change.IdempotencyKey is { } key)
            {
                await writer.Idempotency.AddAsync(cancellationToken,
                    key, change.InstanceId, change.Actor.Id, change.Actor.Unit, change.ResultJson ?? "null", now).ConfigureAwait(false);
            }
        }
        await writer.Event.FlushAsync(cancellationToken).ConfigureAwait(false);
        await writer.Outbox.FlushAsync(cancellationToken).ConfigureAwait(false);
        await writer.Idempotency.FlushAsync(cancellationToken).ConfigureAwait(false);
        return await WriteProjectionsAsync(db, writer, rows, latest, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The instance row's values in <see cref="CommitSql.InstanceParameters"/> order,
    /// without the snapshot.</summary>
    private static object?[] InstanceValues(MatterInstance row) =>
    [
        row.Id, row.DefinitionId, row.DefinitionVersion, row.Status, row.Result, row.Version, row.ChainHead,
        row.StartedUtcTicks, row.EndedUtcTicks, row.Applicant, row.QueryCode, row.Jurisdiction, row.LeadUnit, row.Parent,
    ];

    /// <summary>Brings the task and timer rows of the touched instances to exactly the rows of
    /// their latest snapshots, writing only the rows that differ. The rows as stored come from
    /// the projection cache when it holds them at the version just read, else from the database.
    /// Returns the new rows for the cache.</summary>
    private async Task<List<ProjectionCache.Entry>> WriteProjectionsAsync(MatterDbContext db, CommitWriter writer, Dictionary<string, Head> rows,
        Dictionary<string, (MatterState State, string ChainHead)> latest, CancellationToken cancellationToken)
    {
        var tasks = new Dictionary<(string InstanceId, string TaskId, string WorkItemId), TaskRow>();
        var timers = new Dictionary<(string InstanceId, string TimerId), TimerRow>();
        var unknown = new List<string>();
        foreach (var id in latest.Keys)
        {
            if (!rows.TryGetValue(id, out var head))
            {
                continue; // a new instance has no rows yet
            }
            if (_projections.Get(id, head.Version) is { } cached)
            {
                foreach (var (key, row) in cached.Tasks)
                {
                    tasks[(id, key.TaskId, key.WorkItemId)] = row;
                }
                foreach (var (key, row) in cached.Timers)
                {
                    timers[(id, key)] = row;
                }
            }
            else
            {
                unknown.Add(id);
            }
        }
        if (unknown.Count > 0)
        {
            foreach (var t in await db.Tasks.Where(t => unknown.Contains(t.InstanceId)).ToListAsync(cancellationToken).ConfigureAwait(false))
            {
                tasks[(t.InstanceId, t.TaskId, t.WorkItemId)] = t;
            }
            foreach (var t in await db.Timers.Where(t => unknown.Contains(t.InstanceId)).ToListAsync(cancellationToken).ConfigureAwait(false))
            {
                timers[(t.InstanceId, t.TimerId)] = t;
            }
        }

        var entries = new List<ProjectionCache.Entry>(latest.Count);
        foreach (var (state, _) in latest.Values)
        {
            var newTasks = new Dictionary<(string TaskId, string WorkItemId), TaskRow>();
            foreach (var t in Projection.Tasks(state))
            {
                newTasks[(t.TaskId, t.WorkItemId)] = t;
                var exists = tasks.Remove((t.InstanceId, t.TaskId, t.WorkItemId), out var old);
                if (exists && SameTask(old!, t))
                {
                    continue;
                }
                object?[] values =
                [
                    t.InstanceId, t.WorkItemId, t.TaskId, t.Node, t.Unit, t.Assignee, t.Role, t.Applicant, t.ClaimedBy, t.Status,
                    t.ForApplicant, t.CreatedUtcTicks, t.DueUtcTicks, t.Warned, t.Overdue, t.Supervised, t.Urged,
                ];
                await (exists ? writer.UpdateTask.RunAsync(cancellationToken, values) : writer.InsertTask.AddAsync(cancellationToken, values)).ConfigureAwait(false);
            }
            var newTimers = new Dictionary<string, TimerRow>(StringComparer.Ordinal);
            foreach (var t in Projection.Timers(state))
            {
                newTimers[t.TimerId] = t;
                var exists = timers.Remove((t.InstanceId, t.TimerId), out var old);
                if (exists && old!.Kind == t.Kind && old.DueUtcTicks == t.DueUtcTicks)
                {
                    continue;
                }
                object?[] values = [t.InstanceId, t.TimerId, t.Kind, t.DueUtcTicks];
                await (exists ? writer.UpdateTimer.RunAsync(cancellationToken, values) : writer.InsertTimer.AddAsync(cancellationToken, values)).ConfigureAwait(false);
            }
            entries.Add(new ProjectionCache.Entry(state.InstanceId, state.Version, newTasks, newTimers));
        }
        await writer.InsertTask.FlushAsync(cancellationToken).ConfigureAwait(false);
        await writer.InsertTimer.FlushAsync(cancellationToken).ConfigureAwait(false);
        // What is left is no longer in any snapshot.
        foreach (var t in tasks.Values)
        {
            await writer.DeleteTask.RunAsync(cancellationToken, t.InstanceId, t.TaskId, t.WorkItemId).ConfigureAwait(false);
        }
        foreach (var t in timers.Values)
        {
            await writer.DeleteTimer.RunAsync(cancellationToken, t.InstanceId, t.TimerId).ConfigureAwait(false);
        }
        return entries;
    }

    private static bool SameTask(TaskRow a, TaskRow b) =>
        a.Node == b.Node && a.Unit == b.Unit && a.Assignee == b.Assignee && a.Role == b.Role && a.Applicant == b.Applicant
        && a.ClaimedBy == b.ClaimedBy && a.Status == b.Status && a.ForApplicant == b.ForApplicant && a.CreatedUtcTicks == b.CreatedUtcTicks
        && a.DueUtcTicks == b.DueUtcTicks && a.Warned == b.Warned && a.Overdue == b.Overdue && a.Supervised == b.Supervised && a.Urged == b.Urged;

    /// <summary>The commit's statements, each prepared on first use and reused for every row.</summary>
    private sealed class CommitWriter(DbConnection connection, DbTransaction transaction, int rows) : IAsyncDisposable
    {
        public CommitInsert Event { get; } = new(connection, transaction, "Events", CommitSql.EventParameters, rows);
        public CommitInsert Outbox { get; } = new(connection, transaction, "Outbox", CommitSql.OutboxParameters, rows);
        public CommitInsert Idempotency { get; } = new(connection, transaction, "IdempotencyKeys", CommitSql.IdempotencyParameters, rows);
        public CommitCommand InsertInstance { get; } = new(connection, transaction, CommitSql.InsertInstance, CommitSql.InstanceParameters);
        public CommitCommand UpdateInstance { get; } = new(connection, transaction, CommitSql.UpdateInstance, CommitSql.UpdateInstanceParameters);
        public CommitCommand UpdateInstanceHead { get; } = new(connection, transaction, CommitSql.UpdateInstanceHead, CommitSql.UpdateInstanceHeadParameters);
        public CommitInsert InsertTask { get; } = new(connection, transaction, "Tasks", CommitSql.TaskParameters, rows);
        public CommitCommand UpdateTask { get; } = new(connection, transaction, CommitSql.UpdateTask, CommitSql.TaskParameters);
        public CommitCommand DeleteTask { get; } = new(connection, transaction, CommitSql.DeleteTask, CommitSql.TaskKeyParameters);
        public CommitInsert InsertTimer { get; } = new(connection, transaction, "Timers", CommitSql.TimerParameters, rows);
        public CommitCommand UpdateTimer { get; } = new(connection, transaction, CommitSql.UpdateTimer, CommitSql.TimerParameters);
        public CommitCommand DeleteTimer { get; } = new(connection, transaction, CommitSql.DeleteTimer, CommitSql.TimerKeyParameters);

        public async ValueTask DisposeAsync()
        {
            foreach (var command in new IAsyncDisposable[] { Event, Outbox, Idempotency, InsertInstance, UpdateInstance, UpdateInstanceHead, InsertTask, UpdateTask, DeleteTask, InsertTimer, UpdateTimer, DeleteTimer })
            {
                await command.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    private static void Validate(MatterChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        if (change.NewState.InstanceId != change.InstanceId)
        {
            throw new ArgumentException($"Change for {change.InstanceId} carries the state of {change.NewState.InstanceId}.", nameof(change));
        }
        if (change.NewState.Version != change.ExpectedVersion + change.Events.Count)
        {
            throw new ArgumentException(
                $"Change for {change.InstanceId}: version {change.ExpectedVersion} + {change.Events.Count} events ≠ new state version {change.NewState.Version}.",
                nameof(change));
        }
    }

    /// <summary>Checks every change's expected version against the stored one, following
    /// changes of the same instance through the group, and throws naming every mismatch before
    /// anything is written.</summary>
    private static void ThrowOnConflicts(IReadOnlyList<MatterChange> changes, Dictionary<string, Head> rows)
    {
        var versions = rows.ToDictionary(r => r.Key, r => r.Value.Version, StringComparer.Ordinal);
        var conflicts = new List<string>();
        foreach (var change in changes)
        {
            var current = versions.GetValueOrDefault(change.InstanceId);
            if (current != change.ExpectedVersion)
            {
                if (!conflicts.Contains(change.InstanceId))
                {
                    conflicts.Add(change.InstanceId);
                }
                continue;
            }
            versions[change.InstanceId] = change.NewState.Version;
        }
        if (conflicts.Count > 0)
        {
            throw new ConcurrencyConflictException(conflicts);
        }
    }
}
