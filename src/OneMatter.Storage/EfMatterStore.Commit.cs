using Microsoft.EntityFrameworkCore;
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
            // On SQLite this is BEGIN IMMEDIATE (Microsoft.Data.Sqlite's default): the write lock
            // is taken before the version check, so the check cannot go stale before the write.
            var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                var rows = await db.Instances.Where(i => ids.Contains(i.Id)).ToDictionaryAsync(i => i.Id, StringComparer.Ordinal, cancellationToken).ConfigureAwait(false);
                ThrowOnConflicts(changes, rows);
                await db.Tasks.Where(t => ids.Contains(t.InstanceId)).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
                await db.Timers.Where(t => ids.Contains(t.InstanceId)).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
                var latest = new Dictionary<string, MatterState>(StringComparer.Ordinal);
                foreach (var change in changes)
                {
                    Write(db, rows, change);
                    latest[change.InstanceId] = change.NewState;
                }
                foreach (var state in latest.Values)
                {
                    db.Tasks.AddRange(Projection.Tasks(state));
                    db.Timers.AddRange(Projection.Timers(state));
                }
                try
                {
                    await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                }
                catch (DbUpdateConcurrencyException ex)
                {
                    // Another writer (another node) changed an instance between our read and write.
                    var names = ex.Entries.Select(e => e.Entity).OfType<MatterInstance>().Select(i => i.Id).Distinct().ToList();
                    throw new ConcurrencyConflictException(names.Count > 0 ? names : ids);
                }
                catch (DbUpdateException ex) when (ex.Entries.Any(e => e.Entity is MatterInstance && e.State == EntityState.Added))
                {
                    // Another writer created the same new instance first.
                    var names = ex.Entries.Select(e => e.Entity).OfType<MatterInstance>().Select(i => i.Id).Distinct().ToList();
                    throw new ConcurrencyConflictException(names);
                }
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
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
    private static void ThrowOnConflicts(IReadOnlyList<MatterChange> changes, Dictionary<string, MatterInstance> rows)
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

    private void Write(MatterDbContext db, Dictionary<string, MatterInstance> rows, MatterChange change)
    {
        var head = rows.TryGetValue(change.InstanceId, out var row) ? row.ChainHead : "";
        var sequence = change.ExpectedVersion;
        foreach (var e in change.Events)
        {
            var json = MatterJson.Serialize(e);
            var hash = EventChain.Hash(head, json);
            db.Events.Add(new MatterEventRow
            {
                InstanceId = change.InstanceId,
                Sequence = ++sequence,
                Type = MatterJson.TypeOf(e),
                Json = json,
                Actor = e.Actor,
                Unit = e.Unit,
                AtUtcTicks = e.At.UtcTicks,
                Hash = hash,
                PreviousHash = head,
            });
            head = hash;
        }
        if (row is null)
        {
            row = new MatterInstance { Id = change.InstanceId, DefinitionId = "", Status = "", SnapshotJson = "", ChainHead = "" };
            db.Instances.Add(row);
            rows[change.InstanceId] = row;
        }
        Projection.Apply(row, change.NewState, head);
        var now = NowTicks;
        foreach (var effect in change.Effects)
        {
            db.Outbox.Add(new OutboxRow { InstanceId = change.InstanceId, EffectJson = MatterJson.Serialize(effect), CreatedUtcTicks = now });
        }
        if (change.IdempotencyKey is { } key)
        {
            db.IdempotencyKeys.Add(new IdempotencyRow
            {
                Key = key,
                InstanceId = change.InstanceId,
                ActorId = change.Actor.Id,
                ActorUnit = change.Actor.Unit,
                ResultJson = change.ResultJson ?? "null",
                CreatedUtcTicks = now,
            });
        }
    }
}
