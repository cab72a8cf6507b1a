using Microsoft.EntityFrameworkCore;

namespace OneMatter.Server.Accounts;

/// <summary>Accounts on PostgreSQL (several server nodes).</summary>
public sealed class PostgresAccountsDbContext : AccountsDbContext
{
    /// <summary>Created by DI or the design-time factory.</summary>
    public PostgresAccountsDbContext(DbContextOptions<PostgresAccountsDbContext> options) : base(options)
    {
    }
}
