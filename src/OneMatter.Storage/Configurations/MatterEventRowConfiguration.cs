using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OneMatter.Storage.Entities;

namespace OneMatter.Storage.Configurations;

internal sealed class MatterEventRowConfiguration : IEntityTypeConfiguration<MatterEventRow>
{
    public void Configure(EntityTypeBuilder<MatterEventRow> builder)
    {
        builder.ToTable("Events");
        builder.HasKey(e => new { e.InstanceId, e.Sequence });
        builder.Property(e => e.Type).HasMaxLength(50);
        builder.Property(e => e.Hash).HasMaxLength(64);
        builder.Property(e => e.PreviousHash).HasMaxLength(64);
        builder.HasIndex(e => e.AtUtcTicks);
    }
}
