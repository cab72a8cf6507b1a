using OneMatter.Engine.Calendar;
using OneMatter.Engine.Events;
using OneMatter.Storage;
using OneMatter.Storage.Entities;

namespace OneMatter.Server.Api;

/// <summary>
/// Folds the event log of a jurisdiction into per-unit and per-officer figures: each completion
/// with when the work reached the unit, when it was done and its due instant, and the urging and
/// supervision each unit received. Folded in memory from the events
/// <see cref="SupervisionReadModel.StatisticsEventTypes"/> names, because "when did the work reach
/// this unit" needs the task's transfers and added signers, which no projection keeps.
/// </summary>
internal sealed class UnitStatistics
{
    private UnitStatistics()
    {
    }

    /// <summary>Every completion in the period: (unit, officer, instance, reached, done, due, working days).</summary>
    public List<(string Unit, string User, string Instance, DateTimeOffset Reached, DateTimeOffset Done, DateTimeOffset? Due, double WorkingDays)> Completions { get; } = [];

    /// <summary>催办 received per unit in the period.</summary>
    public Dictionary<string, int> Urged { get; } = new(StringComparer.Ordinal);

    /// <summary>督办 received per unit in the period (by a supervisor or an escalation rule).</summary>
    public Dictionary<string, int> Supervised { get; } = new(StringComparer.Ordinal);

    /// <summary>Satisfaction answers per lead unit in the period, by answer.</summary>
    public Dictionary<string, Dictionary<string, int>> Satisfaction { get; } = new(StringComparer.Ordinal);

    public static UnitStatistics Fold(IReadOnlyList<LoggedEvent> events, IReadOnlyList<MatterInstance> instances,
        Func<MatterInstance, BusinessCalendar?> calendarOf, DateTimeOffset? from, DateTimeOffset? to)
    {
        var stats = new UnitStatistics();
        var byId = instances.ToDictionary(i => i.Id, StringComparer.Ordinal);
        bool InPeriod(DateTimeOffset at) => (from is null || at >= from) && (to is null || at < to);
        // Per (instance, task): its creation, due instant and the unit and arrival of each work item.
        var tasks = new Dictionary<(string, string), (DateTimeOffset Created, DateTimeOffset? Due, Dictionary<string, (string? Unit, DateTimeOffset At)> Items)>();
        foreach (var logged in events)
        {
            switch (logged.Event)
            {
                case TaskCreated created:
                    tasks[(logged.InstanceId, created.Task)] = (created.At, null,
                        created.Items.ToDictionary(i => i.Id, i => (i.Unit, created.At), StringComparer.Ordinal));
                    break;
                case DeadlineSet { Task: { } task } deadline when tasks.TryGetValue((logged.InstanceId, task), out var t):
                    tasks[(logged.InstanceId, task)] = t with { Due = deadline.Due };
                    break;
                case TaskTransferred transferred when tasks.TryGetValue((logged.InstanceId, transferred.Task), out var t):
                    t.Items[transferred.Item] = (transferred.ToUnit, transferred.At);
                    break;
                case SignerAdded added when tasks.TryGetValue((logged.InstanceId, added.Task), out var t):
                    t.Items[added.Item.Id] = (added.Item.Unit, added.At);
                    break;
                case WorkItemCompleted item when tasks.TryGetValue((logged.InstanceId, item.Task), out var t):
                    Complete(stats, logged, t.Created, t.Due, t.Items.GetValueOrDefault(item.Item), item.At, InPeriod, calendarOf, byId);
                    break;
                case TaskCompleted done when tasks.TryGetValue((logged.InstanceId, done.Task), out var t):
                    // The decider's own work item: the open one of the decider's unit, if any.
                    var own = t.Items.Values.Where(i => i.Unit == done.Unit).OrderByDescending(i => i.At).FirstOrDefault();
                    Complete(stats, logged, t.Created, t.Due, own, done.At, InPeriod, calendarOf, byId);
                    if (done.Fields.TryGetValue("satisfaction", out var answer) && answer is not null && InPeriod(done.At)
                        && byId.GetValueOrDefault(logged.InstanceId)?.LeadUnit is { } lead)
                    {
                        var answers = stats.Satisfaction.TryGetValue(lead, out var a) ? a : stats.Satisfaction[lead] = new(StringComparer.Ordinal);
                        answers[answer] = answers.GetValueOrDefault(answer) + 1;
                    }
                    tasks.Remove((logged.InstanceId, done.Task));
                    break;
                case TaskUrged urged when InPeriod(urged.At) && tasks.TryGetValue((logged.InstanceId, urged.Task), out var t):
                    Count(stats.Urged, t.Items.Values);
                    break;
                case TaskSupervised supervised when InPeriod(supervised.At) && tasks.TryGetValue((logged.InstanceId, supervised.Task), out var t):
                    Count(stats.Supervised, t.Items.Values);
                    break;
                case DeadlineEscalated { Action: OneMatter.Engine.Definitions.EscalationAction.Supervise, Task: { } task } escalated
                    when InPeriod(escalated.At) && tasks.TryGetValue((logged.InstanceId, task), out var t):
                    Count(stats.Supervised, t.Items.Values);
                    break;
            }
        }
        return stats;
    }

    private static void Count(Dictionary<string, int> counts, IEnumerable<(string? Unit, DateTimeOffset At)> items)
    {
        foreach (var unit in items.Select(i => i.Unit).OfType<string>().Distinct(StringComparer.Ordinal))
        {
            counts[unit] = counts.GetValueOrDefault(unit) + 1;
        }
    }

    private static void Complete(UnitStatistics stats, LoggedEvent logged, DateTimeOffset created, DateTimeOffset? due, (string? Unit, DateTimeOffset At) item,
        DateTimeOffset done, Func<DateTimeOffset, bool> inPeriod, Func<MatterInstance, BusinessCalendar?> calendarOf, Dictionary<string, MatterInstance> byId)
    {
        // System completions (timeouts) and applicant work are nobody's performance.
        var unit = logged.Event.Unit ?? item.Unit;
        if (unit is null || logged.Event.Actor == "system" || !inPeriod(done))
        {
            return;
        }
        var reached = item.Unit == unit && item.At > created ? item.At : created;
        var calendar = byId.TryGetValue(logged.InstanceId, out var instance) ? calendarOf(instance) : null;
        var days = calendar?.WorkingDaysBetween(reached, done) ?? (done - reached).TotalDays;
        stats.Completions.Add((unit, logged.Event.Actor, logged.InstanceId, reached, done, due, days));
    }
}
