using Microsoft.EntityFrameworkCore.Design;
using OneMatter.Storage;

namespace OneMatter.Server.Accounts;

/// <summary>For <c>dotnet ef migrations add … --context SqliteAccountsDbContext</c>.</summary>
internal sealed class SqliteAccountsDesignTimeFactory : IDesignTimeDbContextFactory<SqliteAccountsDbContext>
{
    public SqliteAccountsDbContext CreateDbContext(string[] args) =>
        (SqliteAccountsDbContext)AccountsDatabase.Create(StorageOptions.Sqlite("design-time.db"));
}
