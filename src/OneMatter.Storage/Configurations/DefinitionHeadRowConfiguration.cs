using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OneMatter.Storage.Entities;

namespace OneMatter.Storage.Configurations;

internal sealed class DefinitionHeadRowConfiguration : IEntityTypeConfiguration<DefinitionHeadRow>
{
    public void Configure(EntityTypeBuilder<DefinitionHeadRow> builder)
    {
        builder.ToTable("DefinitionHeads");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).HasMaxLength(100);
        builder.Property(d => d.DraftBy).HasMaxLength(100);
        builder.Property(d => d.RetiredBy).HasMaxLength(100);
    }
}
