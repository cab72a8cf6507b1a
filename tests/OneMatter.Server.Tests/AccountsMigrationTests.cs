using Microsoft.EntityFrameworkCore;
using OneMatter.Server.Accounts;
using OneMatter.Storage;

namespace OneMatter.Server.Tests;

/// <summary>
/// The server starts the accounts schema with <see cref="SchemaMigration"/>, which skips
/// <c>MigrateAsync</c> (and with it EF Core's check for a model change without a migration) when
/// nothing is pending: the check is made here for both providers instead.
/// </summary>
public sealed class AccountsMigrationTests
{
    [Fact]
    public void SqliteAccounts_HaveAMigrationForEveryChange()
    {
        using var db = AccountsDatabase.Create(StorageOptions.Sqlite(Path.Combine(Path.GetTempPath(), "onematter-unused-" + Guid.NewGuid().ToString("N") + ".db")));
        Assert.IsType<SqliteAccountsDbContext>(db);
        Assert.False(db.Database.HasPendingModelChanges(),
            "the accounts model changed without a migration: dotnet ef migrations add <Name> --project src/OneMatter.Server --context SqliteAccountsDbContext --output-dir Accounts/Migrations/Sqlite");
    }

    [Fact]
    public void PostgresAccounts_HaveAMigrationForEveryChange()
    {
        // Comparing the model with the migrations' snapshot needs no server.
        using var db = AccountsDatabase.Create(StorageOptions.Postgres("Host=127.0.0.1;Database=unused"));
        Assert.IsType<PostgresAccountsDbContext>(db);
        Assert.False(db.Database.HasPendingModelChanges(),
            "the accounts model changed without a migration: dotnet ef migrations add <Name> --project src/OneMatter.Server --context PostgresAccountsDbContext --output-dir Accounts/Migrations/Postgres");
    }
}
