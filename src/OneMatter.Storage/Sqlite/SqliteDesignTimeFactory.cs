using Microsoft.EntityFrameworkCore.Design;

namespace OneMatter.Storage.Sqlite;

/// <summary>Lets <c>dotnet ef migrations add X --context SqliteMatterDbContext</c> build the
/// context without a host.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteMatterDbContext>
{
    public SqliteMatterDbContext CreateDbContext(string[] args) =>
        (SqliteMatterDbContext)StorageOptions.Sqlite("design-time.db").CreateDbContext();
}
