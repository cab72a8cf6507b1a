using System.Text.Json;
using OneMatter.Engine.Definitions;
using OneMatter.Engine.Effects;
using OneMatter.Engine.Instances;
using OneMatter.Engine.Organisation;
using OneMatter.Runtime;

namespace OneMatter.Server.Realtime;

/// <summary>
/// Who receives what: the same rules as the API's <c>MatterAccess</c>, applied to the groups of
/// <see cref="RealtimeHub"/>. A unit notification goes to that unit; warnings, overdue items and
/// supervision also go to the supervisors whose jurisdiction covers the matter (<c>*</c> and
/// every place from the matter's up); an applicant notification goes to that applicant; a
/// matter change goes to its applicant and the units holding work in it.
/// </summary>
internal static class RealtimeRouter
{
    public static RealtimeNotification Notification(string instanceId, Notify notify, MatterState? state, IDefinitionSource? definitions)
    {
        var task = notify.TaskId is { } taskId ? state?.Task(taskId) : null;
        var node = task is not null && state is not null ? definitions?.Find(state.DefinitionId, state.DefinitionVersion)?.Nodes.GetValueOrDefault(task.Node) : null;
        return new RealtimeNotification(instanceId, state?.DefinitionId ?? "", JsonNamingPolicy.CamelCase.ConvertName(notify.Kind.ToString()),
            notify.Recipient == RecipientKind.Unit ? "unit" : "applicant", notify.Recipient == RecipientKind.Unit ? notify.To : null,
            notify.TaskId, task?.Node, node?.Name, notify.Message, state?.Version ?? 0, node?.NameEn);
    }

    public static IReadOnlyList<string> NotificationGroups(Notify notify, MatterState? state, OrgDirectory org)
    {
        if (notify.Recipient == RecipientKind.Applicant)
        {
            return [RealtimeGroups.Applicant(notify.To)];
        }
        var groups = new List<string> { RealtimeGroups.Unit(notify.To) };
        if (notify.Kind is NotificationKind.Warning or NotificationKind.Overdue or NotificationKind.Supervision)
        {
            groups.AddRange(SupervisorGroups(state?.Jurisdiction, org));
        }
        return groups;
    }

    public static IEnumerable<string> SupervisorGroups(string? place, OrgDirectory org)
    {
        yield return RealtimeGroups.Jurisdiction("*");
        if (place is not null)
        {
            foreach (var area in org.CoveringPlaces(place))
            {
                yield return RealtimeGroups.Jurisdiction(area.Id);
            }
        }
    }

    public static IReadOnlyList<string> Holding(MatterState state) =>
        state.Tasks.SelectMany(t => t.Items).Where(i => i.Status != WorkItemStatus.Done && i.Unit is not null).Select(i => i.Unit!)
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

    public static MatterChanged Changed(MatterState state) =>
        new(state.InstanceId, state.DefinitionId, state.Status.ToString(), state.Result?.ToString(), state.Version, Holding(state));

    /// <summary>The applicant and the units holding work now or just notified (a unit told of a
    /// handoff holds it; one told of a delegation returned may not any more).</summary>
    public static IReadOnlyList<string> ChangeGroups(MatterState state, IEnumerable<string> notifiedUnits)
    {
        var groups = Holding(state).Concat(notifiedUnits).Distinct(StringComparer.Ordinal).Select(RealtimeGroups.Unit).ToList();
        if (state.Applicant is { } applicant)
        {
            groups.Add(RealtimeGroups.Applicant(applicant));
        }
        return groups;
    }
}
