using Microsoft.EntityFrameworkCore.Design;

namespace OneMatter.Storage.Postgres;

/// <summary>Lets <c>dotnet ef migrations add X --context PostgresMatterDbContext</c> build the
/// context without a server (adding a migration never connects).</summary>
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresMatterDbContext>
{
    public PostgresMatterDbContext CreateDbContext(string[] args) =>
        (PostgresMatterDbContext)StorageOptions.Postgres("Host=localhost;Database=onematter").CreateDbContext();
}
