using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;

namespace OneMatter.Storage;

/// <summary>Brings a context's database up to its latest migration, cheaply when it already is.</summary>
/// <remarks>
/// <c>MigrateAsync</c> first rebuilds the model of the last migration's snapshot and diffs it with
/// the current model (to warn of a forgotten migration) even when nothing is pending: on a restart
/// that was a second of start-up CPU per context. Here the applied migrations are read first and
/// <c>MigrateAsync</c> runs only when one is missing. The forgotten-migration check moved to the
/// storage and server tests (<c>HasPendingModelChanges</c> per context), where it fails the build
/// instead of a production start.
/// <para>The history table is read with one plain statement rather than EF Core's
/// <c>GetAppliedMigrationsAsync</c>: that builds a model of the history table by conventions
/// on every start, and with the contexts' models compiled (<c>CompiledModels/</c>) it was the
/// only convention-built model left, half a second of JIT-compiling EF Core's conventions. Only
/// on SQLite, the one-machine default whose start is timed: on PostgreSQL the history
/// repository's <c>ExistsAsync</c> answered true for a new database without the table (seen in
/// the PostgreSQL store tests), so PostgreSQL keeps EF Core's own reading.</para>
/// </remarks>
public static class SchemaMigration
{
    /// <summary>Applies the migrations <paramref name="db"/>'s database lacks; reads only the
    /// history table when it lacks none.</summary>
    public static async Task ApplyPendingAsync(DbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var applied = await AppliedAsync(db, cancellationToken).ConfigureAwait(false);
        if (db.Database.GetMigrations().Any(id => !applied.Contains(id)))
        {
            await db.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The ids in the context's migrations history table; none when there is no table.</summary>
    public static async Task<IReadOnlySet<string>> AppliedAsync(DbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (!db.Database.IsSqlite())
        {
            return (await db.Database.GetAppliedMigrationsAsync(cancellationToken).ConfigureAwait(false)).ToHashSet(StringComparer.Ordinal);
        }
        var applied = new HashSet<string>(StringComparer.Ordinal);
        if (!await db.GetService<IHistoryRepository>().ExistsAsync(cancellationToken).ConfigureAwait(false))
        {
            return applied;
        }
        var relational = RelationalOptionsExtension.Extract(db.GetService<IDbContextOptions>());
        var sql = db.GetService<ISqlGenerationHelper>();
        var table = sql.DelimitIdentifier(relational.MigrationsHistoryTableName ?? HistoryRepository.DefaultTableName, relational.MigrationsHistoryTableSchema);
        var connection = db.Database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened)
        {
            await db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        }
        try
        {
            await using DbCommand command = connection.CreateCommand();
            // The column is EF Core's fixed name for a history row's id (HistoryRepository).
            command.CommandText = $"SELECT {sql.DelimitIdentifier("MigrationId")} FROM {table}";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                applied.Add(reader.GetString(0));
            }
        }
        finally
        {
            if (opened)
            {
                await db.Database.CloseConnectionAsync().ConfigureAwait(false);
            }
        }
        return applied;
    }
}
