using Microsoft.EntityFrameworkCore;

namespace OneMatter.Storage;

/// <summary>Brings a context's database up to its latest migration, cheaply when it already is.</summary>
/// <remarks>
/// <c>MigrateAsync</c> first rebuilds the model of the last migration's snapshot and diffs it with
/// the current model (to warn of a forgotten migration) even when nothing is pending: on a restart
/// that was a second of start-up CPU per context. Here the applied migrations are read first and
/// <c>MigrateAsync</c> runs only when one is missing. The forgotten-migration check moved to the
/// storage and server tests (<c>HasPendingModelChanges</c> per context), where it fails the build
/// instead of a production start.
/// </remarks>
public static class SchemaMigration
{
    /// <summary>Applies the migrations <paramref name="db"/>'s database lacks; reads only the
    /// history table when it lacks none.</summary>
    public static async Task ApplyPendingAsync(DbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var pending = await db.Database.GetPendingMigrationsAsync(cancellationToken).ConfigureAwait(false);
        if (pending.Any())
        {
            await db.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
