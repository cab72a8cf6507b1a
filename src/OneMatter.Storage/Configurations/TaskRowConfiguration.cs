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
        // A unit's inbox (MatterReadModel.InboxAsync): open rows only, in the page's order (due,
        // created, key) so a page stops after its rows, and covering what the filters read so
        // the counts never touch the table.
        builder.HasIndex(t => new { t.Unit, t.DueUtcTicks, t.CreatedUtcTicks, t.InstanceId, t.TaskId, t.WorkItemId, t.Status, t.ClaimedBy, t.Assignee, t.Overdue })
            .HasDatabaseName("IX_Tasks_OpenInbox")
            .HasFilter("\"Status\" <> 'Done'");
        // No other index: every query reads a unit's open rows (this index), an instance's rows
        // (the key) or all open rows (the command centre). (Unit, Status, Due), (Assignee, Status)
        // and (ClaimedBy) served none of them any more and cost three B-tree writes on every task
        // row the commit path inserts, updates or deletes.
    }
}
