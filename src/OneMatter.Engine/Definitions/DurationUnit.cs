namespace OneMatter.Engine.Definitions;

/// <summary>How the amount of a <see cref="Duration"/> is counted against a working-day calendar.</summary>
public enum DurationUnit
{
    /// <summary>
    /// Working days (工作日): public holidays and non-working weekends are skipped, swapped working
    /// weekends (调休上班) count. The day the period starts is not counted; the period ends at the
    /// close of office hours of the last counted day. Always a whole number.
    /// </summary>
    WorkingDays,

    /// <summary>
    /// Calendar days (自然日): every day counts. The day the period starts is not counted; the
    /// period ends at local midnight at the end of the last counted day. Always a whole number.
    /// </summary>
    CalendarDays,

    /// <summary>
    /// Working hours (工作小时): only time inside the office hours of working days counts, so lunch
    /// breaks, nights, weekends and holidays stop the clock. May be fractional.
    /// </summary>
    WorkingHours,

    /// <summary>Elapsed hours (小时): plain clock time, nights and holidays included. May be fractional.</summary>
    Hours,
}
