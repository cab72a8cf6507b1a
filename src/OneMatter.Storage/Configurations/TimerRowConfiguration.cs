using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OneMatter.Storage.Entities;

namespace OneMatter.Storage.Configurations;

internal sealed class TimerRowConfiguration : IEntityTypeConfiguration<TimerRow>
{
    public void Configure(EntityTypeBuilder<TimerRow> builder)
    {
        builder.ToTable("Timers");
        builder.HasKey(t => new { t.InstanceId, t.TimerId });
        builder.Property(t => t.Kind).HasMaxLength(20);
        builder.HasIndex(t => t.DueUtcTicks);
    }
}
