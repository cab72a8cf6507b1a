using OneMatter.Engine.Calendar;
using OneMatter.Engine.Events;
using OneMatter.Engine.Instances;
using OneMatter.Engine.Interpreter;
using OneMatter.Storage;
using OneMatter.Storage.Entities;

namespace OneMatter.Server.Api;

/// <summary>
/// The command centre's trend: per calendar day of China time, the completions and how many were
/// on time or late (the completions of <see cref="UnitStatistics"/>, so the same unit and the
/// same due instant decide), and the backlog and overdue backlog at the end of the day. The
/// backlog of a past day is not stored anywhere, so each live instance's events are replayed with
/// the engine's own <see cref="MatterEngine.Evolve"/> up to every day's end and its open work is
/// counted as <see cref="SupervisionReadModel.BacklogAsync"/> counts it today: the task rows of a
/// running matter, not applicant work.
/// </summary>
internal static class SupervisionTrend
{
    /// <summary>China time: no daylight saving since 1991, as the rest of the server takes it.</summary>
    public static readonly TimeSpan China = TimeSpan.FromHours(8);

    /// <summary>The first instant of the oldest of the <paramref name="days"/> days ending today.</summary>
    public static DateTimeOffset WindowStart(DateTimeOffset now, int days) =>
        new(Today(now).AddDays(1 - days).ToDateTime(TimeOnly.MinValue), China);

    /// <summary>One entry per day, oldest first, ending today (whose end is <paramref name="now"/>).</summary>
    /// <param name="instances">The instances live in the window (running at its start or started later).</param>
    /// <param name="events">Every event of those instances, in log order per instance.</param>
    /// <param name="calendarOf">The working-day calendar of an instance, for completions' working days.</param>
    /// <param name="unit">Only this unit's completions and open work, if set.</param>
    /// <param name="now">The clock.</param>
    /// <param name="days">How many days, today included.</param>
    public static IReadOnlyList<TrendDayDto> Compute(IReadOnlyList<MatterInstance> instances, IReadOnlyList<LoggedEvent> events,
        Func<MatterInstance, BusinessCalendar?> calendarOf, string? unit, DateTimeOffset now, int days)
    {
        var first = Today(now).AddDays(1 - days);
        var ends = new DateTimeOffset[days];
        for (var k = 0; k < days; k++)
        {
            ends[k] = k == days - 1 ? now : new DateTimeOffset(first.AddDays(k + 1).ToDateTime(TimeOnly.MinValue), China);
        }
        var completed = new int[days];
        var onTime = new int[days];
        var late = new int[days];
        foreach (var c in UnitStatistics.Fold(events, instances, calendarOf, WindowStart(now, days), null).Completions)
        {
            var k = Today(c.Done).DayNumber - first.DayNumber;
            if ((unit is not null && c.Unit != unit) || k < 0 || k >= days)
            {
                continue;
            }
            completed[k]++;
            if (c.Due is { } due)
            {
                (c.Done <= due ? onTime : late)[k]++;
            }
        }
        var (backlog, overdue) = Backlog(events, unit, ends);
        return Enumerable.Range(0, days).Select(k => new TrendDayDto(first.AddDays(k).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            completed[k], onTime[k], late[k], onTime[k] + late[k] == 0 ? null : Math.Round((double)onTime[k] / (onTime[k] + late[k]), 4),
            backlog[k], overdue[k])).ToList();
    }

    private static DateOnly Today(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(China).DateTime);

    /// <summary>Per day, the open work of running matters at its end: each instance's state is
    /// evolved by the events before that end (today: every event) and its rows counted.</summary>
    private static (int[] Backlog, int[] Overdue) Backlog(IReadOnlyList<LoggedEvent> events, string? unit, DateTimeOffset[] ends)
    {
        var days = ends.Length;
        var backlog = new int[days];
        var overdue = new int[days];
        var pending = new List<MatterEvent>();
        MatterState? state = null;
        List<TaskRow> open = [];
        var k = 0;
        void Close()
        {
            if (pending.Count > 0)
            {
                state = state is null ? MatterEngine.Replay(pending) : MatterEngine.Evolve(state, pending);
                pending.Clear();
                open = state.Status != MatterStatus.Running ? []
                    : SupervisionReadModel.TaskRowsOf(state).Where(t => t.Status != "Done" && !t.ForApplicant && (unit is null || t.Unit == unit)).ToList();
            }
            foreach (var t in open)
            {
                backlog[k]++;
                if (SupervisionEndpoints.IsOverdue(t, ends[k]))
                {
                    overdue[k]++;
                }
            }
            k++;
        }
        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i];
            // Today's end is now, but every event already stored belongs to it.
            while (k < days - 1 && e.Event.At >= ends[k])
            {
                Close();
            }
            pending.Add(e.Event);
            if (i + 1 == events.Count || events[i + 1].InstanceId != e.InstanceId)
            {
                while (k < days)
                {
                    Close();
                }
                (state, open, k) = (null, [], 0);
            }
        }
        return (backlog, overdue);
    }
}
