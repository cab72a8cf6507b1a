using System.Globalization;
using OneMatter.Engine.Calendar;
using OneMatter.Engine.Definitions;
using OneMatter.Engine.Events;
using OneMatter.Engine.Expressions;
using OneMatter.Engine.Instances;
using OneMatter.Engine.Interpreter;
using OneMatter.Engine.Organisation;

namespace OneMatter.Engine.Documents;

/// <summary>
/// What a document template sees: <c>form</c>, <c>nodes</c> and <c>instance</c> exactly as
/// expressions see them at the moment the document was issued, plus <c>document</c>
/// (<c>number</c>, <c>title</c>, <c>issued</c>, <c>verification_code</c>, <c>verify_url</c>)
/// and, for a document issued by supervision, <c>supervision</c> (see <see cref="SupervisionMembers"/>).
/// </summary>
/// <remarks>
/// A document is rendered after the issuing command committed, possibly when the matter has moved
/// on (or again after a crash). Rendering from the state as of the <c>DocumentIssued</c> event,
/// rebuilt from the event log, is what makes the same document come out byte for byte every time.
/// </remarks>
public static class DocumentScope
{
    /// <summary>The names under <c>document</c>; the loader checks templates against them.</summary>
    public static IReadOnlyList<string> DocumentMembers { get; } = ["number", "title", "issued", "verification_code", "verify_url"];

    /// <summary>The names under <c>supervision</c>, present only in documents issued by 督办.</summary>
    public static IReadOnlyList<string> SupervisionMembers { get; } = ["step", "task", "holders", "due", "overdue", "overdue_days", "by", "message", "opened", "urged"];

    /// <summary>The scope of one issued document.</summary>
    /// <param name="definition">The definition version the instance runs.</param>
    /// <param name="state">The state as of the issue (see <see cref="StateAtIssue"/>).</param>
    /// <param name="org">The org directory (node units print through it).</param>
    /// <param name="calendar">The matter's calendar: its zone gives the local issue date.</param>
    /// <param name="stamp">The document's own values.</param>
    /// <param name="supervision">For a 督办单, the supervision it records (see <see cref="StateAtIssue"/>).</param>
    public static ExpressionScope Build(MatterDefinition definition, MatterState state, OrgDirectory org, BusinessCalendar calendar, DocumentStamp stamp,
        SupervisionFacts? supervision = null)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(org);
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(stamp);
        var builder = new MatterStateBuilder();
        builder.Load(state);
        var matter = ScopeBuilder.Build(definition, builder, org);
        var root = matter.Variables;
        var issued = calendar.ToLocal(stamp.IssuedAt);
        // With keeps the org directory (place and unit names) and the time zone of dates.
        return matter.With(new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["form"] = root["form"],
            ["nodes"] = root["nodes"],
            ["instance"] = root["instance"],
            ["document"] = new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["number"] = stamp.Number,
                ["title"] = stamp.Title,
                ["issued"] = issued.ToString("yyyy年M月d日", CultureInfo.InvariantCulture),
                ["verification_code"] = stamp.VerificationCode,
                ["verify_url"] = stamp.VerifyUrl,
            },
            ["supervision"] = supervision is null ? null : Supervision(definition, state, org, calendar, stamp.IssuedAt, supervision),
        });
    }

    /// <summary>The supervised step as the 督办单 prints it: names rather than ids, the deadline
    /// and how many working days it is overdue at the moment of issue.</summary>
    private static Dictionary<string, object?> Supervision(MatterDefinition definition, MatterState state, OrgDirectory org, BusinessCalendar calendar,
        DateTimeOffset at, SupervisionFacts facts)
    {
        var task = facts.Task is null ? null : state.Task(facts.Task);
        var deadline = task is null ? state.MatterDeadline : task.Deadline is { } id ? state.Deadlines.FirstOrDefault(d => d.Id == id) : null;
        IEnumerable<string> holders = task is null
            ? (state.LeadUnit is { } lead ? [lead] : [])
            : task.Items.Where(i => i.Status != WorkItemStatus.Done && i.Unit is not null).Select(i => i.Unit!).Distinct(StringComparer.Ordinal);
        string? Name(string? unit) => unit is null ? null : org.FindUnit(unit)?.Name ?? unit;
        var overdue = deadline is not null && deadline.Due < at
            ? Math.Round(deadline.Working ? calendar.WorkingDaysBetween(deadline.Due, at) : (at - deadline.Due).TotalDays, 1)
            : 0;
        return new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["step"] = task is null ? definition.Name : definition.Node(task.Node).Name,
            ["task"] = facts.Task,
            ["holders"] = holders.Select(Name).ToList(),
            ["due"] = deadline?.Due,
            ["overdue"] = deadline is not null && deadline.Due <= at,
            ["overdue_days"] = overdue,
            ["by"] = Name(facts.By),
            ["message"] = facts.Message,
            ["opened"] = at,
            ["urged"] = task?.Urged ?? 0,
        };
    }

    /// <summary>
    /// The state right after the <c>DocumentIssued</c> event with <paramref name="number"/>,
    /// folded from the instance's events, that event and, for a 督办单, the supervision it
    /// records; null when no such document was issued.
    /// </summary>
    public static DocumentMoment? StateAtIssue(IEnumerable<MatterEvent> events, string number)
    {
        ArgumentNullException.ThrowIfNull(events);
        var upTo = new List<MatterEvent>();
        foreach (var e in events)
        {
            upTo.Add(e);
            if (e is DocumentIssued issued && issued.Number == number)
            {
                return new DocumentMoment(MatterEngine.Replay(upTo), issued, SupervisionFacts.Of(upTo, issued));
            }
        }
        return null;
    }
}
