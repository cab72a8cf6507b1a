using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OneMatter.Storage.Entities;

namespace OneMatter.Storage.Configurations;

internal sealed class OutboxRowConfiguration : IEntityTypeConfiguration<OutboxRow>
{
    public void Configure(EntityTypeBuilder<OutboxRow> builder)
    {
        builder.ToTable("Outbox");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Id).ValueGeneratedOnAdd();
        // Rows from before a row held a command's effects hold one.
        builder.Property(o => o.EffectCount).HasDefaultValue(1);
        builder.Property(o => o.Performed).HasDefaultValue(0);
        builder.HasIndex(o => new { o.DoneUtcTicks, o.Id });
        // Claiming looks up an instance's pending rows (is any under another node's lease?),
        // so the instance index leads with the instance and carries the done mark.
        builder.HasIndex(o => new { o.InstanceId, o.DoneUtcTicks });
    }
}
