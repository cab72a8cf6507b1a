using Microsoft.EntityFrameworkCore;
using OneMatter.Engine.Instances;
using OneMatter.Storage.Entities;

namespace OneMatter.Storage;

/// <summary>The commit's task and timer rows: diffed against the projection cache or the stored rows.</summary>
internal sealed partial class EfMatterStore
{
    /// <summary>Brings the task and timer rows of the touched instances to exactly the rows of
    /// their latest snapshots, writing only the rows that differ. The rows as stored come from
    /// the projection cache when it holds them at the version just read, else from the database.
    /// Returns the new rows for the cache.</summary>
    private async Task<List<ProjectionCache.Entry>> WriteProjectionsAsync(MatterDbContext db, CommitWriter writer, Dictionary<string, Head> rows,
        Dictionary<string, (MatterState State, string ChainHead)> latest, CancellationToken cancellationToken)
    {
        var tasks = new Dictionary<(string InstanceId, string TaskId, string WorkItemId), TaskRow>();
        var timers = new Dictionary<(string InstanceId, string TimerId), TimerRow>();
        var unknown = new List<string>();
        foreach (var id in latest.Keys)
        {
            if (!rows.TryGetValue(id, out var head))
            {
                continue; // a new instance has no rows yet
            }
            if (_projections.Get(id, head.Version) is { } cached)
            {
                foreach (var (key, row) in cached.Tasks)
                {
                    tasks[(id, key.TaskId, key.WorkItemId)] = row;
                }
                foreach (var (key, row) in cached.Timers)
                {
                    timers[(id, key)] = row;
                }
            }
            else
            {
                unknown.Add(id);
            }
        }
        if (unknown.Count > 0)
        {
            foreach (var t in await db.Tasks.Where(t => unknown.Contains(t.InstanceId)).ToListAsync(cancellationToken).ConfigureAwait(false))
            {
                tasks[(t.InstanceId, t.TaskId, t.WorkItemId)] = t;
            }
            foreach (var t in await db.Timers.Where(t => unknown.Contains(t.InstanceId)).ToListAsync(cancellationToken).ConfigureAwait(false))
            {
                timers[(t.InstanceId, t.TimerId)] = t;
            }
        }

        var entries = new List<ProjectionCache.Entry>(latest.Count);
        foreach (var (state, _) in latest.Values)
        {
            var newTasks = new Dictionary<(string TaskId, string WorkItemId), TaskRow>();
            foreach (var t in Projection.Tasks(state))
            {
                newTasks[(t.TaskId, t.WorkItemId)] = t;
                var exists = tasks.Remove((t.InstanceId, t.TaskId, t.WorkItemId), out var old);
                if (exists && SameTask(old!, t))
                {
                    continue;
                }
                object?[] values =
                [
                    t.InstanceId, t.WorkItemId, t.TaskId, t.Node, t.Unit, t.Assignee, t.Role, t.Applicant, t.ClaimedBy, t.Status,
                    t.ForApplicant, t.CreatedUtcTicks, t.DueUtcTicks, t.Warned, t.Overdue, t.Supervised, t.Urged,
                ];
                await (exists ? writer.UpdateTask.RunAsync(cancellationToken, values) : writer.InsertTask.AddAsync(cancellationToken, values)).ConfigureAwait(false);
            }
            var newTimers = new Dictionary<string, TimerRow>(StringComparer.Ordinal);
            foreach (var t in Projection.Timers(state))
            {
                newTimers[t.TimerId] = t;
                var exists = timers.Remove((t.InstanceId, t.TimerId), out var old);
                if (exists && old!.Kind == t.Kind && old.DueUtcTicks == t.DueUtcTicks)
                {
                    continue;
                }
                object?[] values = [t.InstanceId, t.TimerId, t.Kind, t.DueUtcTicks];
                await (exists ? writer.UpdateTimer.RunAsync(cancellationToken, values) : writer.InsertTimer.AddAsync(cancellationToken, values)).ConfigureAwait(false);
            }
            entries.Add(new ProjectionCache.Entry(state.InstanceId, state.Version, newTasks, newTimers));
        }
        await writer.InsertTask.FlushAsync(cancellationToken).ConfigureAwait(false);
        await writer.InsertTimer.FlushAsync(cancellationToken).ConfigureAwait(false);
        // What is left is no longer in any snapshot.
        foreach (var t in tasks.Values)
        {
            await writer.DeleteTask.RunAsync(cancellationToken, t.InstanceId, t.TaskId, t.WorkItemId).ConfigureAwait(false);
        }
        foreach (var t in timers.Values)
        {
            await writer.DeleteTimer.RunAsync(cancellationToken, t.InstanceId, t.TimerId).ConfigureAwait(false);
        }
        return entries;
    }

    private static bool SameTask(TaskRow a, TaskRow b) =>
        a.Node == b.Node && a.Unit == b.Unit && a.Assignee == b.Assignee && a.Role == b.Role && a.Applicant == b.Applicant
        && a.ClaimedBy == b.ClaimedBy && a.Status == b.Status && a.ForApplicant == b.ForApplicant && a.CreatedUtcTicks == b.CreatedUtcTicks
        && a.DueUtcTicks == b.DueUtcTicks && a.Warned == b.Warned && a.Overdue == b.Overdue && a.Supervised == b.Supervised && a.Urged == b.Urged;
}
