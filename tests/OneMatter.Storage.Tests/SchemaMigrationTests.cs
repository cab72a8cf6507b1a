using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace OneMatter.Storage.Tests;

/// <summary>
/// The schema is migrated, never created, and a start skips <c>MigrateAsync</c> when nothing is
/// pending (<see cref="SchemaMigration"/>). That skip also skips EF Core's own check for a model
/// change without a migration, so the check is made here, for both providers.
/// </summary>
public sealed class SchemaMigrationTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "onematter-migrate-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void SqliteModel_HasAMigrationForEveryChange()
    {
        using var db = StorageOptions.Sqlite(Path.Combine(_folder, "x.db")).CreateDbContext();
        Assert.False(db.Database.HasPendingModelChanges(),
            "the SQLite model changed without a migration: dotnet ef migrations add <Name> --project src/OneMatter.Storage --context SqliteMatterDbContext --output-dir Migrations/Sqlite");
    }

    [Fact]
    public void PostgresModel_HasAMigrationForEveryChange()
    {
        // Comparing the model with the migrations' snapshot needs no server.
        using var db = StorageOptions.Postgres("Host=127.0.0.1;Database=unused").CreateDbContext();
        Assert.False(db.Database.HasPendingModelChanges(),
            "the PostgreSQL model changed without a migration: dotnet ef migrations add <Name> --project src/OneMatter.Storage --context PostgresMatterDbContext --output-dir Migrations/Postgres");
    }

    [Fact]
    public async Task ANewFile_GetsEveryMigration_AndASecondRunChangesNothing()
    {
        var options = StorageOptions.Sqlite(Path.Combine(_folder, "x.db"));
        Directory.CreateDirectory(_folder);
        await using var db = options.CreateDbContext();
        var all = db.Database.GetMigrations().ToList();
        Assert.NotEmpty(all);

        await SchemaMigration.ApplyPendingAsync(db);
        Assert.Equal(all, await db.Database.GetAppliedMigrationsAsync());
        var schema = await SchemaAsync(options);
        Assert.Contains("Events", schema);

        await SchemaMigration.ApplyPendingAsync(db);
        Assert.Equal(all, await db.Database.GetAppliedMigrationsAsync());
        Assert.Equal(schema, await SchemaAsync(options));
    }

    [Fact]
    public async Task AFileMissingTheLastMigration_GetsIt()
    {
        var options = StorageOptions.Sqlite(Path.Combine(_folder, "x.db"));
        Directory.CreateDirectory(_folder);
        await using var db = options.CreateDbContext();
        var all = db.Database.GetMigrations().ToList();
        Assert.True(all.Count >= 2, "needs two migrations");
        // An older release's database: every migration but the last.
        await db.GetService<IMigrator>().MigrateAsync(all[^2]);
        Assert.Equal(all[..^1], await db.Database.GetAppliedMigrationsAsync());

        await SchemaMigration.ApplyPendingAsync(db);

        Assert.Equal(all, await db.Database.GetAppliedMigrationsAsync());
    }

    private static async Task<string> SchemaAsync(StorageOptions options)
    {
        await using var connection = new SqliteConnection(options.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT group_concat(name || ':' || coalesce(sql, ''), char(10)) FROM (SELECT name, sql FROM sqlite_master ORDER BY name)";
        return (string)(await command.ExecuteScalarAsync())!;
    }

    public void Dispose() => OneMatter.Testing.TestFolder.Delete(_folder);
}
