namespace OneMatter.Engine.Calendar;

/// <summary>
/// The published holiday schedule for one year (the State Council publishes it around November
/// of the year before). A deployment adds next year's schedule as data, without a release.
/// </summary>
/// <remarks>
/// Dates normally fall in the year itself; a holiday or swapped day around New Year may fall in
/// the December before or the January after, as the official notices sometimes do.
/// </remarks>
public sealed record CalendarYear
{
    /// <summary>Blocks of days off. Each day in a block is a non-working day, even a weekday.</summary>
    public required IReadOnlyList<Holiday> Holidays { get; init; }

    /// <summary>
    /// Swapped working weekend days (调休上班): weekend days that are worked to make a holiday block
    /// longer. Each is a working day. A day that is also inside a holiday stays a holiday.
    /// </summary>
    public required IReadOnlySet<DateOnly> WorkingWeekends { get; init; }
}
