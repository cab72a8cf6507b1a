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
/// (<c>number</c>, <c>title</c>, <c>issued</c>, <c>verification_code</c>, <c>verify_url</c>).
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

    /// <summary>The scope of one issued document.</summary>
    /// <param name="definition">The definition version the instance runs.</param>
    /// <param name="state">The state as of the issue (see <see cref="StateAtIssue"/>).</param>
    /// <param name="org">The org directory (node units print through it).</param>
    /// <param name="calendar">The matter's calendar: its zone gives the local issue date.</param>
    /// <param name="stamp">The document's own values.</param>
    public static ExpressionScope Build(MatterDefinition definition, MatterState state, OrgDirectory org, BusinessCalendar calendar, DocumentStamp stamp)
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
        });
    }

    /// <summary>
    /// The state right after the <c>DocumentIssued</c> event with <paramref name="number"/>,
    /// folded from the instance's events, and that event; null when no such document was issued.
    /// </summary>
    public static (MatterState State, DocumentIssued Issued)? StateAtIssue(IEnumerable<MatterEvent> events, string number)
    {
        ArgumentNullException.ThrowIfNull(events);
        var upTo = new List<MatterEvent>();
        foreach (var e in events)
        {
            upTo.Add(e);
            if (e is DocumentIssued issued && issued.Number == number)
            {
                return (MatterEngine.Replay(upTo), issued);
            }
        }
        return null;
    }
}
