using OneMatter.Engine.Instances;
using OneMatter.Storage.Entities;

namespace OneMatter.Storage;

/// <summary>Builds the queryable rows (tasks, timers, instance columns) from a snapshot. The
/// snapshot is the truth; on every commit the stored rows are brought to exactly these (rows
/// that differ are inserted, updated or deleted), never edited on their own.</summary>
internal static class Projection
{
    public static IEnumerable<TaskRow> Tasks(MatterState state)
    {
        foreach (var task in state.Tasks)
        {
            var deadline = task.Deadline is null ? null : state.Deadlines.FirstOrDefault(d => d.Id == task.Deadline);
            foreach (var item in task.Items)
            {
                yield return new TaskRow
                {
                    InstanceId = state.InstanceId,
                    WorkItemId = item.Id,
                    TaskId = task.Id,
                    Node = task.Node,
                    Unit = item.Unit,
                    Assignee = item.User,
                    Role = item.Role,
                    Applicant = item.Applicant,
                    ClaimedBy = item.ClaimedBy,
                    Status = item.Status.ToString(),
                    ForApplicant = task.ForApplicant,
                    CreatedUtcTicks = task.CreatedAt.UtcTicks,
                    DueUtcTicks = deadline?.Due.UtcTicks,
                    Warned = deadline?.Warned ?? false,
                    Overdue = deadline?.Overdue ?? false,
                    Supervised = task.Supervised,
                    Urged = task.Urged,
                };
            }
        }
    }

    public static IEnumerable<TimerRow> Timers(MatterState state) =>
        state.Timers.Select(t => new TimerRow
        {
            InstanceId = state.InstanceId,
            TimerId = t.Id,
            Kind = t.Kind.ToString(),
            DueUtcTicks = t.Due.UtcTicks,
        });

    /// <summary>Copies the state's searchable columns onto the instance row (the snapshot itself
    /// is bound by the commit, as UTF-8, when <see cref="SnapshotPolicy"/> says so).</summary>
    /// <param name="row">The row to fill.</param>
    /// <param name="state">The instance's latest state.</param>
    /// <param name="chainHead">The hash of its last event.</param>
    public static void Apply(MatterInstance row, MatterState state, string chainHead)
    {
        row.DefinitionId = state.DefinitionId;
        row.DefinitionVersion = state.DefinitionVersion;
        row.Status = state.Status.ToString();
        row.Result = state.Result?.ToString();
        row.Version = state.Version;
        row.ChainHead = chainHead;
        row.StartedUtcTicks = state.StartedAt.UtcTicks;
        row.EndedUtcTicks = state.EndedAt?.UtcTicks;
        row.Applicant = state.Applicant;
        row.QueryCode = state.QueryCode;
        row.Jurisdiction = state.Jurisdiction;
        row.LeadUnit = state.LeadUnit;
        row.Parent = state.Parent;
    }

    public static DateTimeOffset Utc(long ticks) => new(ticks, TimeSpan.Zero);
}
