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
        // The commit path writes "UPDATE ... WHERE Id = @id AND Version = @expected" itself and
        // treats no matching row as a conflict with another writer; the token keeps EF's own
        // updates (none today) under the same rule.
        builder.Property(i => i.Version).IsConcurrencyToken();
        builder.HasIndex(i => i.Applicant);
        builder.HasIndex(i => i.QueryCode);
        builder.HasIndex(i => new { i.LeadUnit, i.Status });
        builder.HasIndex(i => new { i.DefinitionId, i.DefinitionVersion });
    }
}
