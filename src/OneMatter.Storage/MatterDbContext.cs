using Microsoft.EntityFrameworkCore;
using OneMatter.Storage.Entities;

namespace OneMatter.Storage;

/// <summary>
/// The tables of matter storage. Abstract over the provider: each database has its own subclass
/// (<see cref="Sqlite.SqliteMatterDbContext"/>, <see cref="Postgres.PostgresMatterDbContext"/>)
/// so each keeps its own migration set, since SQL types and identity columns differ.
/// </summary>
public abstract class MatterDbContext : DbContext
{
    /// <summary>Creates the context.</summary>
    protected MatterDbContext(DbContextOptions options) : base(options) { }

    /// <summary>Published definition versions.</summary>
    public DbSet<DefinitionVersion> DefinitionVersions => Set<DefinitionVersion>();
    /// <summary>Instances.</summary>
    public DbSet<MatterInstance> Instances => Set<MatterInstance>();
    /// <summary>Their snapshots.</summary>
    public DbSet<SnapshotRow> Snapshots => Set<SnapshotRow>();
    /// <summary>The event log.</summary>
    public DbSet<MatterEventRow> Events => Set<MatterEventRow>();
    /// <summary>The task projection.</summary>
    public DbSet<TaskRow> Tasks => Set<TaskRow>();
    /// <summary>Pending timers.</summary>
    public DbSet<TimerRow> Timers => Set<TimerRow>();
    /// <summary>The effect outbox.</summary>
    public DbSet<OutboxRow> Outbox => Set<OutboxRow>();
    /// <summary>Issued documents.</summary>
    public DbSet<DocumentRow> Documents => Set<DocumentRow>();
    /// <summary>Idempotency keys.</summary>
    public DbSet<IdempotencyRow> IdempotencyKeys => Set<IdempotencyRow>();
    /// <summary>Uploaded files, bound to a matter once a command names them.</summary>
    public DbSet<AttachmentRow> Attachments => Set<AttachmentRow>();
    /// <summary>Admin-edited versions of workspace files (org directory, calendars).</summary>
    public DbSet<WorkspaceFileRow> WorkspaceFiles => Set<WorkspaceFileRow>();

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(MatterDbContext).Assembly);
    }
}
