using Microsoft.EntityFrameworkCore;
using OneMatter.Engine.Events;
using OneMatter.Engine.Interpreter;
using OneMatter.Engine.Persistence;
using OneMatter.Storage.Sqlite;

namespace OneMatter.Storage;

/// <summary>
/// <see cref="IMatterStore"/> on EF Core, for SQLite and PostgreSQL alike. Each call uses its own
/// short-lived context: the store is shared by the writer and readers, and a context is not
/// thread-safe. Partial files by concern: commit, outbox and timers, chain verification,
/// definitions and documents.
/// </summary>
internal sealed partial class EfMatterStore : IMatterStore
{
    private readonly StorageOptions _options;
    private readonly TimeProvider _time;
    private readonly ProjectionCache _projections;
    private readonly Func<MatterDbContext> _contexts;
    private readonly WalCheckpointer? _checkpointer;

    public EfMatterStore(StorageOptions options, TimeProvider time)
    {
        _options = options;
        _time = time;
        _projections = new ProjectionCache(options.ProjectionCacheSize);
        _contexts = options.ContextPool();
        _checkpointer = options.Provider == StorageProvider.Sqlite ? new WalCheckpointer(options.ConnectionString) : null;
    }

    /// <summary>The SQLite checkpointer (null on PostgreSQL), for tests.</summary>
    internal WalCheckpointer? Checkpointer => _checkpointer;

    /// <summary>The options it was opened with.</summary>
    public StorageOptions Options => _options;

    /// <summary>A new context; the caller disposes it.</summary>
    internal MatterDbContext CreateDbContext() => _contexts();

    public async Task<StoredMatter?> LoadAsync(string instanceId, CancellationToken cancellationToken = default)
    {
        var db = CreateDbContext();
        await using (db.ConfigureAwait(false))
        {
            var row = await db.Instances.AsNoTracking()
                .Where(i => i.Id == instanceId)
                .Join(db.Snapshots, i => i.Id, s => s.InstanceId, (i, s) => new { i.DefinitionId, i.DefinitionVersion, i.Version, s.Json })
                .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
            if (row is null)
            {
                return null;
            }
            var snapshot = MatterJson.State(row.Json);
            if (snapshot.Version < row.Version)
            {
                // The snapshot is written every few dozen events (SnapshotPolicy): fold the rest.
                // A commit landing between the two reads only adds whole groups of events (they
                // are appended in one transaction), so the fold reaches a consistent, newer
                // version; that version, not the row's, is the one returned.
                var from = snapshot.Version;
                var later = await db.Events.AsNoTracking()
                    .Where(e => e.InstanceId == instanceId && e.Sequence > from)
                    .OrderBy(e => e.Sequence)
                    .Select(e => e.Json)
                    .ToListAsync(cancellationToken).ConfigureAwait(false);
                snapshot = MatterEngine.Evolve(snapshot, later.ConvertAll(MatterJson.Event));
            }
            return new StoredMatter(snapshot, snapshot.Version, row.DefinitionId, row.DefinitionVersion);
        }
    }

    public async Task<IReadOnlyList<MatterEvent>> EventsAsync(string instanceId, CancellationToken cancellationToken = default)
    {
        var db = CreateDbContext();
        await using (db.ConfigureAwait(false))
        {
            var json = await db.Events.AsNoTracking()
                .Where(e => e.InstanceId == instanceId)
                .OrderBy(e => e.Sequence)
                .Select(e => e.Json)
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            return json.ConvertAll(MatterJson.Event);
        }
    }

    public async Task<string?> FindIdempotentAsync(string key, CancellationToken cancellationToken = default)
    {
        var db = CreateDbContext();
        await using (db.ConfigureAwait(false))
        {
            return await db.IdempotencyKeys.AsNoTracking()
                .Where(k => k.Key == key)
                .Select(k => k.ResultJson)
                .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private long NowTicks => _time.GetUtcNow().UtcTicks;
}
