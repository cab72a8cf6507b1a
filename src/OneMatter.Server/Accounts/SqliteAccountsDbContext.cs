using Microsoft.EntityFrameworkCore;

namespace OneMatter.Server.Accounts;

/// <summary>Accounts on SQLite (the default single-machine setup).</summary>
public sealed class SqliteAccountsDbContext : AccountsDbContext
{
    /// <summary>Created by DI or the design-time factory.</summary>
    public SqliteAccountsDbContext(DbContextOptions<SqliteAccountsDbContext> options) : base(options)
    {
    }
}
