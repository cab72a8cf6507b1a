using System.Data.Common;
using Microsoft.Data.Sqlite;
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
            _checkpointer?.AfterCommit();
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
        if (connection is SqliteConnection sqlite)
        {
            // In-process: one key lookup per id on a statement prepared once. A statement with
            // an IN list of a group's hundred-odd ids was built, compiled and bound by name on
            // every commit (Microsoft.Data.Sqlite looks each name up in the statement's list).
            using var statement = new SqliteStatement(sqlite, CommitSql.SelectHead, null);
            foreach (var id in ids)
            {
                statement.Bind(0, id);
                statement.Query(row => heads[id] = new Head(id, row.Int64(0), row.Text(1)));
            }
            return heads;
        }
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
                var json = MatterJson.SerializeToUtf8(e);
                var hash = EventChain.Hash(head, json);
                events.Add([change.InstanceId, ++sequence, MatterJson.TypeOf(e), new Utf8Text(json), e.Actor, e.Unit, e.At.UtcTicks, hash, head]);
                head = hash;
            }
            heads[change.InstanceId] = head;
            latest[change.InstanceId] = (change.NewState, head);
        }

        // Instance rows first: a writer elsewhere that got in between shows as a conflict here,
        // before its event keys could collide with ours.
        var conflicts = new List<string>();
        var snapshots = new List<(string Id, MatterState State)>();
        foreach (var (id, (state, chainHead)) in latest)
        {
            var stored = rows.GetValueOrDefault(id);
            // A new instance always gets its snapshot; later ones only every SnapshotPolicy
            // interval and at the end, the events in between are folded on load.
            if (stored is null || SnapshotPolicy.ShouldWrite(stored.Version, state))
            {
                snapshots.Add((id, state));
            }
            var row = new MatterInstance { Id = id, DefinitionId = "", Status = "", ChainHead = "" };
            Projection.Apply(row, state, chainHead);
            if (stored is not null)
            {
                var updated = await writer.UpdateInstance.RunAsync(cancellationToken, [.. InstanceValues(row), stored.Version]).ConfigureAwait(false);
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
                    await writer.InsertInstance.RunAsync(cancellationToken, InstanceValues(row)).ConfigureAwait(false);
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
        foreach (var (id, state) in snapshots)
        {
            await writer.UpsertSnapshot.RunAsync(cancellationToken, id, new Utf8Text(MatterJson.SerializeToUtf8(state))).ConfigureAwait(false);
        }

        foreach (var values in events)
        {
            await writer.Event.AddAsync(cancellationToken, values).ConfigureAwait(false);
        }
        var now = NowTicks;
        foreach (var change in changes)
        {
            // One row holds the command's effects (OutboxRow), in rows of at most MaxPerRow.
            foreach (var effects in change.Effects.Chunk(OutboxEffectId.MaxPerRow))
            {
                await writer.Outbox.AddAsync(cancellationToken,
                    change.InstanceId, new Utf8Text(MatterJson.SerializeEffectsToUtf8(effects)), effects.Length, now).ConfigureAwait(false);
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

    /// <summary>The instance row's values in <see cref="CommitSql.InstanceParameters"/> order.</summary>
    private static object?[] InstanceValues(MatterInstance row) =>
    [
        row.Id, row.DefinitionId, row.DefinitionVersion, row.Status, row.Result, row.Version, row.ChainHead,
        row.StartedUtcTicks, row.EndedUtcTicks, row.Applicant, row.QueryCode, row.Jurisdiction, row.LeadUnit, row.Parent,
    ];

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
