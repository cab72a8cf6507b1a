using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OneMatter.Storage.Entities;

namespace OneMatter.Storage.Configurations;

internal sealed class MatterInstanceConfiguration : IEntityTypeConfiguration<MatterInstance>
{
    public void Configure(EntityTypeBuilder<MatterInstance> builder)
    {
        builder.ToTable("Instances");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).HasMaxLength(100);
        builder.Property(i => i.DefinitionId).HasMaxLength(100);
        builder.Property(i => i.Status).HasMaxLength(20);
        builder.Property(i => i.Result).HasMaxLength(20);
        builder.Property(i => i.ChainHead).HasMaxLength(64);
        // Another writer (a second node on PostgreSQL) that changed the instance in between makes
        // the UPDATE match no row: EF turns that into a concurrency exception.
        builder.Property(i => i.Version).IsConcurrencyToken();
        builder.HasIndex(i => i.Applicant);
        builder.HasIndex(i => i.QueryCode);
        builder.HasIndex(i => new { i.LeadUnit, i.Status });
        builder.HasIndex(i => new { i.DefinitionId, i.DefinitionVersion });
    }
}
