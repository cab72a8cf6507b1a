using Microsoft.EntityFrameworkCore;
using OneMatter.Server.Accounts;
using OneMatter.Storage;
using OneMatter.Testing;

namespace OneMatter.Server.Tests;

/// <summary>
/// The server starts the accounts schema with <see cref="SchemaMigration"/>, which skips
/// <c>MigrateAsync</c> (and with it EF Core's check for a model change without a migration) when
/// nothing is pending: the check is made here for both providers instead. The SQLite accounts
/// context also runs on a compiled model (<c>Accounts/CompiledModels</c>), checked to be current.
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

    [Fact]
    public void SqliteAccounts_UseTheCompiledModel_AndItMatchesTheConfigurations()
    {
        using var db = AccountsDatabase.Create(StorageOptions.Sqlite(Path.Combine(Path.GetTempPath(), "onematter-unused-" + Guid.NewGuid().ToString("N") + ".db")));

        Assert.IsType<Accounts.CompiledModels.SqliteAccountsDbContextModel>(db.Model);
        var (compiled, configured) = CompiledModelText.Of(db);
        Assert.Contains("Relational:TableName: AspNetUsers", compiled, StringComparison.Ordinal);
        Assert.Contains("EntityType: Account", compiled, StringComparison.Ordinal);
        Assert.True(configured == compiled,
            "the accounts model changed since Accounts/CompiledModels was generated: dotnet ef dbcontext optimize --project src/OneMatter.Server " +
            "--context SqliteAccountsDbContext --output-dir Accounts/CompiledModels --namespace OneMatter.Server.Accounts.CompiledModels");
    }
}
