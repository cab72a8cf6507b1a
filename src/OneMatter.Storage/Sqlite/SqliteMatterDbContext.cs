using Microsoft.EntityFrameworkCore;

namespace OneMatter.Storage.Sqlite;

/// <summary>Matter storage on SQLite; its migrations live in <c>Migrations/Sqlite</c>.</summary>
public sealed class SqliteMatterDbContext : MatterDbContext
{
    /// <summary>Creates the context.</summary>
    public SqliteMatterDbContext(DbContextOptions<SqliteMatterDbContext> options) : base(options) { }
}
