using Microsoft.EntityFrameworkCore;

namespace OneMatter.Storage.Postgres;

/// <summary>Matter storage on PostgreSQL; its migrations live in <c>Migrations/Postgres</c>.</summary>
public sealed class PostgresMatterDbContext : MatterDbContext
{
    /// <summary>Creates the context.</summary>
    public PostgresMatterDbContext(DbContextOptions<PostgresMatterDbContext> options) : base(options) { }
}
