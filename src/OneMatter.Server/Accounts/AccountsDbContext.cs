using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace OneMatter.Server.Accounts;

/// <summary>
/// ASP.NET Core Identity's tables in the same database as the matters, with their own migrations
/// history table so the store's migrations and these never collide. Subclassed per provider
/// (like the store's context) because each provider has its own migrations. It also keeps the
/// data-protection keys that sign cookies and bearer tokens, so every server node on the database
/// accepts what another issued.
/// </summary>
public abstract class AccountsDbContext : IdentityDbContext<Account, IdentityRole, string>, IDataProtectionKeyContext
{
    /// <summary>The history table of these migrations.</summary>
    public const string HistoryTable = "__AccountsMigrationsHistory";

    /// <summary>For the provider subclasses.</summary>
    protected AccountsDbContext(DbContextOptions options) : base(options)
    {
    }

    /// <summary>The key ring shared by the nodes.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<Account>(a =>
        {
            a.Property(x => x.DisplayName).HasMaxLength(100);
            a.Property(x => x.Unit).HasMaxLength(100);
            a.Property(x => x.UnitRoles).HasMaxLength(200);
            a.Property(x => x.Jurisdiction).HasMaxLength(100);
            a.HasIndex(x => x.Unit);
        });
        builder.Entity<DataProtectionKey>();
    }
}
