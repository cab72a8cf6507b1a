using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OneMatter.Storage.Entities;

namespace OneMatter.Storage.Configurations;

internal sealed class SnapshotRowConfiguration : IEntityTypeConfiguration<SnapshotRow>
{
    public void Configure(EntityTypeBuilder<SnapshotRow> builder)
    {
        builder.ToTable("Snapshots");
        builder.HasKey(s => s.InstanceId);
        builder.Property(s => s.InstanceId).HasMaxLength(100);
    }
}
