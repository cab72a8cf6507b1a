using OneMatter.Engine.Definitions;
using OneMatter.Engine.Events;
using OneMatter.Engine.Organisation;

namespace OneMatter.Server.Api;

/// <summary>The events of a matter an officer's task screen shows: what people and deadlines did
/// to tasks and the matter, each attributed to its user and unit. Engine plumbing (tokens,
/// timers, joins, notifications) is left out: it says nothing a person did.</summary>
internal static class TaskHistory
{
    public static List<HistoryEntryDto> Of(IReadOnlyList<MatterEvent> events, MatterDefinition? definition, OrgDirectory org)
    {
        var entries = new List<HistoryEntryDto>();
        // Task ids map to their node through the task-created events seen so far.
        var nodes = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i];
            if (e is TaskCreated created)
            {
                nodes[created.Task] = created.Node;
            }
            (string Type, string? Task, string? Node, string? Outcome, string? Target, string? Text)? entry = e switch
            {
                MatterStarted => ("matter-started", null, null, null, null, null),
                MatterEnded m => ("matter-ended", null, m.Node, m.Result.ToString(), null, m.Reason),
                TaskCreated c => ("task-created", c.Task, c.Node, null, string.Join(",", c.Items.Select(w => w.Unit ?? w.Applicant)), null),
                TaskClaimed c => ("task-claimed", c.Task, null, null, null, null),
                TaskReleased r => ("task-released", r.Task, null, null, null, null),
                WorkItemCompleted w => ("work-item-completed", w.Task, null, w.Outcome, null, w.Comment),
                TaskCompleted c => ("task-completed", c.Task, c.Node, c.Outcome, null, c.Comment),
                TaskCancelled c => ("task-cancelled", c.Task, null, null, null, c.Reason),
                TaskReturned r => ("task-returned", r.Task, null, null, r.ToNode, r.Reason),
                TaskTransferred t => ("task-transferred", t.Task, null, null, t.ToUnit, t.Reason),
                TaskDelegated d => ("task-delegated", d.Task, null, null, d.ToUser is null ? d.ToUnit : $"{d.ToUnit}/{d.ToUser}", d.Note),
                DelegationResolved d => ("delegation-resolved", d.Task, null, null, null, d.Comment),
                SignerAdded s => ("signer-added", s.Task, null, null, s.Item.User is null ? s.Item.Unit : $"{s.Item.Unit}/{s.Item.User}", s.Item.Id),
                SignerRemoved s => ("signer-removed", s.Task, null, null, null, s.Item),
                TaskUrged urged => ("task-urged", urged.Task, null, null, null, urged.Message),
                TaskSupervised s => ("task-supervised", s.Task, null, null, s.By, s.Message),
                CommentAdded c => ("comment-added", c.Task, null, null, null, c.Text),
                FilesAttached f => ("files-attached", f.Task, null, null, string.Join(",", f.Files.Select(a => a.Id)), string.Join("、", f.Files.Select(a => a.Name))),
                DeadlineEscalated d => ("deadline-escalated", d.Task, null, d.Action.ToString(), d.ToUnit, null),
                MaterialsCorrected m => ("materials-corrected", m.Task, null, null, null, string.Join(",", m.Changes.Keys)),
                DocumentIssued d => ("document-issued", null, d.Node, null, d.Document, d.Number),
                _ => null,
            };
            if (entry is not { } x)
            {
                continue;
            }
            var node = x.Node ?? (x.Task is { } task ? nodes.GetValueOrDefault(task) : null);
            var declared = node is null ? null : definition?.Nodes.GetValueOrDefault(node);
            entries.Add(new HistoryEntryDto(i + 1, x.Type, e.At, e.Actor, e.Unit, e.Unit is { } u ? org.FindUnit(u)?.Name : null, x.Task, node,
                node is null ? null : declared?.Name ?? node, x.Outcome, x.Target, x.Text, declared?.NameEn));
        }
        return entries;
    }
}
