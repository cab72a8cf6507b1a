using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using OneMatter.Engine.Instances;
using OneMatter.Engine.Persistence;

namespace OneMatter.Storage;

internal sealed partial class EfMatterStore
{
    // One statement claims for both providers; only PostgreSQL adds the row locks. It picks the
    // instances of the oldest `max` pending rows that no other node holds under a live lease,
    // then stamps every pending row of those instances, so an instance's effects are never split
    // between two nodes (they must run in order). A NULL ClaimedBy compares as unknown, so never
    // claimed rows do not count as another node's.
    private const string ClaimSql = """
        UPDATE "Outbox" SET "ClaimedBy" = @node, "ClaimedUntilUtcTicks" = @until
        WHERE "Id" IN (
            SELECT p."Id" FROM "Outbox" AS p
            WHERE p."DoneUtcTicks" IS NULL
              AND p."InstanceId" IN (
                  SELECT c."InstanceId" FROM "Outbox" AS c
                  WHERE c."DoneUtcTicks" IS NULL
                    AND NOT EXISTS (
                        SELECT 1 FROM "Outbox" AS b
                        WHERE b."InstanceId" = c."InstanceId" AND b."DoneUtcTicks" IS NULL
                          AND b."ClaimedBy" <> @node AND b."ClaimedUntilUtcTicks" > @now)
                  ORDER BY c."Id"
                  LIMIT @max)
            {0})
        RETURNING "Id", "EffectJson", "Performed"
        """;

    // PostgreSQL: skip rows another transaction holds (a node marking them done) instead of
    // waiting for it.
    private static readonly string PostgresClaimSql = string.Format(System.Globalization.CultureInfo.InvariantCulture, ClaimSql, "FOR UPDATE SKIP LOCKED");
    private static readonly string SqliteClaimSql = string.Format(System.Globalization.CultureInfo.InvariantCulture, ClaimSql, "");

    // Claims on PostgreSQL are serialised by a transaction-scoped advisory lock (per database).
    // Row locks alone are not enough for whole instances: two claimers running at once each see
    // the other's leases only once committed, so both could take rows of one instance (the
    // older ones locked by one, a newer one by the other) and perform them out of order. Under
    // the lock, the claim statement starts after the previous claim committed and sees its
    // leases. A claim is one short statement, so the lock is held for milliseconds.
    private const long ClaimLockKey = 0x4F4D_4F75_7462_6F78; // "OMOutbox"

    public async Task<IReadOnlyList<PendingEffect>> PendingEffectsAsync(int max, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(max);
        var db = CreateDbContext();
        await using (db.ConfigureAwait(false))
        {
            // A row holds at least one pending effect, so max rows hold at least max effects.
            var rows = await db.Outbox.AsNoTracking()
                .Where(o => o.DoneUtcTicks == null)
                .OrderBy(o => o.Id)
                .Take(max)
                .Select(o => new { o.Id, o.EffectJson, o.Performed })
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            return Expand(rows.Select(r => (r.Id, r.EffectJson, r.Performed))).Take(max).ToList();
        }
    }

    public async Task<IReadOnlyList<PendingEffect>> ClaimEffectsAsync(string node, int max, TimeSpan lease, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(node);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(max);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(lease, TimeSpan.Zero);
        var now = NowTicks;
        var postgres = _options.Provider == StorageProvider.Postgres;
        var db = CreateDbContext();
        await using (db.ConfigureAwait(false))
        {
            // On SQLite this is BEGIN IMMEDIATE (Microsoft.Data.Sqlite's default): the write lock
            // is taken before the claim reads, so two processes sharing the file claim one after
            // the other and the second sees the first's leases (no stale read, no busy upgrade).
            var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                var connection = db.Database.GetDbConnection();
                var dbTransaction = transaction.GetDbTransaction();
                if (postgres)
                {
                    // A statement of its own: READ COMMITTED takes the claim's snapshot when the
                    // next statement starts, i.e. after the lock is ours.
                    var lockCommand = connection.CreateCommand();
                    await using (lockCommand.ConfigureAwait(false))
                    {
                        lockCommand.Transaction = dbTransaction;
                        lockCommand.CommandText = "SELECT pg_advisory_xact_lock(@key)";
                        Add(lockCommand, "key", ClaimLockKey);
                        await lockCommand.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                    }
                }
                var claimed = new List<(long Id, string Json, int Performed)>();
                var command = connection.CreateCommand();
                await using (command.ConfigureAwait(false))
                {
                    command.Transaction = dbTransaction;
                    command.CommandText = postgres ? PostgresClaimSql : SqliteClaimSql;
                    Add(command, "node", node);
                    Add(command, "until", now + lease.Ticks);
                    Add(command, "now", now);
                    Add(command, "max", max);
                    var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                    await using (reader.ConfigureAwait(false))
                    {
                        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                        {
                            claimed.Add((reader.GetInt64(0), reader.GetString(1), reader.GetInt32(2)));
                        }
                    }
                }
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                // RETURNING gives no order; the dispatcher needs commit order.
                claimed.Sort((a, b) => a.Id.CompareTo(b.Id));
                return Expand(claimed);
            }
        }
    }

    public async Task<int> MarkEffectsDoneAsync(string node, IReadOnlyCollection<long> ids, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(node);
        ArgumentNullException.ThrowIfNull(ids);
        if (ids.Count == 0)
        {
            return 0;
        }
        var now = NowTicks;
        var db = CreateDbContext();
        await using (db.ConfigureAwait(false))
        {
            var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                var command = db.Database.GetDbConnection().CreateCommand();
                await using (command.ConfigureAwait(false))
                {
                    command.Transaction = transaction.GetDbTransaction();
                    // Only rows this node still holds: once another node took a row over (our
                    // lease expired), it performs the effects again and marks them itself. A row
                    // advances only from where it stands, so a mark that comes late or twice
                    // changes nothing.
                    command.CommandText = MarkDoneSql;
                    Add(command, "id", 0L);
                    Add(command, "from", 0);
                    Add(command, "to", 0);
                    Add(command, "now", now);
                    Add(command, "node", node);
                    var marked = 0;
                    foreach (var (row, from, to) in PerformedRuns(ids))
                    {
                        command.Parameters[0].Value = row;
                        command.Parameters[1].Value = from;
                        command.Parameters[2].Value = to;
                        if (await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1)
                        {
                            marked += to - from;
                        }
                    }
                    await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                    return marked;
                }
            }
        }
    }

    private const string MarkDoneSql = """
        UPDATE "Outbox" SET "Performed" = @to, "DoneUtcTicks" = CASE WHEN @to >= "EffectCount" THEN @now ELSE NULL END
        WHERE "Id" = @id AND "Performed" = @from AND "DoneUtcTicks" IS NULL AND "ClaimedBy" = @node
        """;

    /// <summary>Per outbox row, the run of performed effects that starts at the lowest position
    /// given: effects of an instance are performed in order and stop at the first failure, so
    /// what a dispatcher reports of a row is a run from where the row stood. Anything after a
    /// gap is left pending (performed again later: at least once, never skipped).</summary>
    private static IEnumerable<(long Row, int From, int To)> PerformedRuns(IEnumerable<long> ids)
    {
        foreach (var row in ids.Distinct().GroupBy(OutboxEffectId.Row).OrderBy(g => g.Key))
        {
            var positions = row.Select(OutboxEffectId.Position).Order().ToList();
            var to = positions[0];
            foreach (var position in positions)
            {
                if (position != to)
                {
                    break;
                }
                to++;
            }
            yield return (row.Key, positions[0], to);
        }
    }

    /// <summary>The pending effects of outbox rows, in commit order: each row's effects from the
    /// first not yet performed, under ids that name the row and the position.</summary>
    private static List<PendingEffect> Expand(IEnumerable<(long Id, string Json, int Performed)> rows)
    {
        var pending = new List<PendingEffect>();
        foreach (var (id, json, performed) in rows)
        {
            var effects = MatterJson.Effects(json);
            for (var position = performed; position < effects.Length; position++)
            {
                pending.Add(new PendingEffect(OutboxEffectId.Of(id, position), effects[position]));
            }
        }
        return pending;
    }

    public async Task<IReadOnlyList<PendingTimer>> PendingTimersDueAsync(DateTimeOffset until, CancellationToken cancellationToken = default)
    {
        var limit = until.UtcTicks;
        var db = CreateDbContext();
        await using (db.ConfigureAwait(false))
        {
            // A range of the due-instant index: cheap however many far-future timers there are.
            var rows = await db.Timers.AsNoTracking()
                .Where(t => t.DueUtcTicks <= limit)
                .OrderBy(t => t.DueUtcTicks)
                .ThenBy(t => t.InstanceId)
                .ThenBy(t => t.TimerId)
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            return rows.ConvertAll(t => new PendingTimer(t.InstanceId, t.TimerId, Enum.Parse<TimerKind>(t.Kind), Projection.Utc(t.DueUtcTicks)));
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

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
