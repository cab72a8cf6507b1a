using Microsoft.EntityFrameworkCore.Design;
using OneMatter.Storage;

namespace OneMatter.Server.Accounts;

/// <summary>For <c>dotnet ef migrations add … --context PostgresAccountsDbContext</c>; no server
/// is contacted when generating migrations.</summary>
internal sealed class PostgresAccountsDesignTimeFactory : IDesignTimeDbContextFactory<PostgresAccountsDbContext>
{
    public PostgresAccountsDbContext CreateDbContext(string[] args) =>
        (PostgresAccountsDbContext)AccountsDatabase.Create(StorageOptions.Postgres("Host=localhost;Database=design_time"));
}
