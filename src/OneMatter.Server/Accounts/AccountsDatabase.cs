using Microsoft.EntityFrameworkCore;
using OneMatter.Storage;

namespace OneMatter.Server.Accounts;

/// <summary>Builds the accounts context of the configured provider on the store's database.</summary>
public static class AccountsDatabase
{
    /// <summary>A new context; the caller (or the DI scope) disposes it.</summary>
    public static AccountsDbContext Create(StorageOptions storage)
    {
        ArgumentNullException.ThrowIfNull(storage);
        if (storage.Provider == StorageProvider.Sqlite)
        {
            return new SqliteAccountsDbContext(new DbContextOptionsBuilder<SqliteAccountsDbContext>()
                .UseSqlite(storage.ConnectionString, o => o.MigrationsHistoryTable(AccountsDbContext.HistoryTable))
                .AddInterceptors(StorageOptions.SqlitePragmas)
                .Options);
        }
        return new PostgresAccountsDbContext(new DbContextOptionsBuilder<PostgresAccountsDbContext>()
            .UseNpgsql(storage.ConnectionString, o => o.MigrationsHistoryTable(AccountsDbContext.HistoryTable))
            .Options);
    }
}
