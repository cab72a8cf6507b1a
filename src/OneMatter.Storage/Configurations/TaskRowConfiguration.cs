using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OneMatter.Storage.Entities;

namespace OneMatter.Storage.Configurations;

internal sealed class TaskRowConfiguration : IEntityTypeConfiguration<TaskRow>
{
    public void Configure(EntityTypeBuilder<TaskRow> builder)
    {
        builder.ToTable("Tasks");
        builder.HasKey(t => new { t.InstanceId, t.TaskId, t.WorkItemId });
        builder.Property(t => t.Status).HasMaxLength(20);
        // A unit's inbox: its offered work, soonest due first.
        builder.HasIndex(t => new { t.Unit, t.Status, t.DueUtcTicks });
        builder.HasIndex(t => new { t.Assignee, t.Status });
        builder.HasIndex(t => t.ClaimedBy);
    }
}
