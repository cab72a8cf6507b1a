using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OneMatter.Storage.Entities;

namespace OneMatter.Storage.Configurations;

internal sealed class WorkspaceFileRowConfiguration : IEntityTypeConfiguration<WorkspaceFileRow>
{
    public void Configure(EntityTypeBuilder<WorkspaceFileRow> builder)
    {
        builder.ToTable("WorkspaceFiles");
        builder.HasKey(f => new { f.Path, f.Version });
        builder.Property(f => f.Path).HasMaxLength(200);
        builder.Property(f => f.Sha256).HasMaxLength(64);
        builder.Property(f => f.SavedBy).HasMaxLength(100);
    }
}
