using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OneMatter.Storage.Entities;

namespace OneMatter.Storage.Configurations;

internal sealed class DocumentRowConfiguration : IEntityTypeConfiguration<DocumentRow>
{
    public void Configure(EntityTypeBuilder<DocumentRow> builder)
    {
        builder.ToTable("Documents");
        builder.HasKey(d => new { d.InstanceId, d.Number });
        builder.Property(d => d.ContentType).HasMaxLength(100);
        builder.Property(d => d.Sha256).HasMaxLength(64);
        builder.Property(d => d.TemplateSha256).HasMaxLength(64);
        builder.Property(d => d.Title).HasMaxLength(200);
        builder.Property(d => d.Template).HasMaxLength(200);
        builder.Property(d => d.VerificationCode).HasMaxLength(32);
        // Null for documents stored before codes existed; unique among the rest.
        builder.HasIndex(d => d.VerificationCode).IsUnique();
    }
}
