using OneMatter.Engine.Definitions;
using OneMatter.Engine.Events;

namespace OneMatter.Engine.Documents;

/// <summary>
/// Who opened the supervision (督办) a document was issued with, and with what instruction: the
/// parts of a 督办单 the state does not keep, read from the event that opened it.
/// </summary>
public sealed record SupervisionFacts
{
    /// <summary>The supervised task, or null when the matter as a whole is supervised.</summary>
    public string? Task { get; init; }

    /// <summary>The supervising unit (the command centre, or the escalation rule's <c>to</c>).</summary>
    public string? By { get; init; }

    /// <summary>The instruction given.</summary>
    public string? Message { get; init; }

    /// <summary>
    /// The facts of <paramref name="issued"/>, read from the last supervision opened before it in
    /// <paramref name="before"/>; null when the document was not issued by supervision.
    /// </summary>
    public static SupervisionFacts? Of(IReadOnlyList<MatterEvent> before, DocumentIssued issued)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(issued);
        if (issued.Supervised is not { } supervised)
        {
            return null;
        }
        var task = supervised.Length == 0 ? null : supervised;
        for (var i = before.Count - 1; i >= 0; i--)
        {
            switch (before[i])
            {
                case TaskSupervised opened when task is not null && opened.Task == task:
                    return new SupervisionFacts { Task = task, By = opened.By, Message = opened.Message };
                case DeadlineEscalated { Action: EscalationAction.Supervise, Task: null } escalated when task is null:
                    return new SupervisionFacts { By = escalated.ToUnit, Message = "超期自动督办 (overdue: supervision opened)" };
            }
        }
        return new SupervisionFacts { Task = task };
    }
}
