using Microsoft.EntityFrameworkCore;
using OneMatter.Engine.Persistence;

namespace OneMatter.Storage;

/// <summary>Opens a store: creates the SQLite folder if needed and applies pending migrations.</summary>
public static class StoreFactory
{
    /// <summary>Opens the store described by <paramref name="options"/>, migrating its schema to
    /// the latest version first. <paramref name="time"/> stamps outbox, document and key rows.</summary>
    public static async Task<IMatterStore> OpenAsync(StorageOptions options, TimeProvider? time = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.SqliteFile is { } file && Path.GetDirectoryName(file) is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
        }
        var db = options.CreateDbContext();
        await using (db.ConfigureAwait(false))
        {
            await SchemaMigration.ApplyPendingAsync(db, cancellationToken).ConfigureAwait(false);
        }
        return new EfMatterStore(options, time ?? TimeProvider.System);
    }

    /// <summary>Opens the store named by a <c>--database</c> value (see <see cref="StorageOptions.Parse"/>).</summary>
    public static Task<IMatterStore> OpenAsync(string? database, TimeProvider? time = null, CancellationToken cancellationToken = default) =>
        OpenAsync(StorageOptions.Parse(database), time, cancellationToken);
}
