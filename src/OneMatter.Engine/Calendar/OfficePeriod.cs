namespace OneMatter.Engine.Calendar;

/// <summary>
/// One stretch of office hours in a working day, in the calendar's local time, e.g. 08:30–12:00.
/// </summary>
/// <remarks>
/// <see cref="Start"/> must be before <see cref="End"/>; a period cannot run past midnight.
/// The periods of a calendar must not overlap; the last period's end is the close of office
/// hours, when working-day deadlines fall due.
/// </remarks>
public sealed record OfficePeriod
{
    /// <summary>Local time the office opens for this period (inclusive).</summary>
    public required TimeOnly Start { get; init; }

    /// <summary>Local time the period ends (exclusive); after <see cref="Start"/>.</summary>
    public required TimeOnly End { get; init; }
}
