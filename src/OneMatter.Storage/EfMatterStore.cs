using Microsoft.EntityFrameworkCore;
using OneMatter.Engine.Events;
using OneMatter.Engine.Persistence;

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

    public EfMatterStore(StorageOptions options, TimeProvider time)
    {
        _options = options;
        _time = time;
    }

    /// <summary>The options it was opened with.</summary>
    public StorageOptions Options => _options;

    /// <summary>A new context; the caller disposes it.</summary>
    internal MatterDbContext CreateDbContext() => _options.CreateDbContext();

    public async Task<StoredMatter?> LoadAsync(string instanceId, CancellationToken cancellationToken = default)
    {
        var db = CreateDbContext();
        await using (db.ConfigureAwait(false))
        {
            var row = await db.Instances.AsNoTracking().FirstOrDefaultAsync(i => i.Id == instanceId, cancellationToken).ConfigureAwait(false);
            return row is null ? null : new StoredMatter(MatterJson.State(row.SnapshotJson), row.Version, row.DefinitionId, row.DefinitionVersion);
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
