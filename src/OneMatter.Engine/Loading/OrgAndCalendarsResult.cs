using OneMatter.Engine.Calendar;
using OneMatter.Engine.Organisation;

namespace OneMatter.Engine.Loading;

/// <summary>The org directory and calendars of a workspace, read from its files with stored texts
/// in place of the shipped ones, and every problem found (at its line and column).</summary>
public sealed class OrgAndCalendarsResult
{
    internal OrgAndCalendarsResult(OrgDirectory org, IReadOnlyDictionary<string, BusinessCalendar> calendars, IReadOnlySet<string> calendarIds,
        IReadOnlyList<LoadError> errors)
    {
        Org = org;
        Calendars = calendars;
        CalendarIds = calendarIds;
        Errors = errors;
    }

    /// <summary>The org directory built from every entry that parsed.</summary>
    public OrgDirectory Org { get; }

    /// <summary>The calendars that loaded without error, by id.</summary>
    public IReadOnlyDictionary<string, BusinessCalendar> Calendars { get; }

    /// <summary>The ids definitions may name (a broken calendar still counts, as at start).</summary>
    public IReadOnlySet<string> CalendarIds { get; }

    /// <summary>Every problem, ordered by file and position.</summary>
    public IReadOnlyList<LoadError> Errors { get; }

    /// <summary>Whether everything loaded cleanly.</summary>
    public bool Success => Errors.Count == 0;
}
