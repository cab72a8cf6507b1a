namespace OneMatter.Engine.Calendar;

/// <summary>
/// An instant computed by <see cref="BusinessCalendar"/>, such as the due time of a time limit.
/// </summary>
/// <remarks>
/// <para>
/// For years without data: when a counted day falls in a year whose holiday schedule has not been
/// loaded yet (the State Council publishes it around November of the year before), the calendar
/// skips only the non-working weekdays for that year and sets <see cref="Estimated"/>. It never
/// fails. The caller shows the flag (e.g. "estimated: 2027 schedule not published yet") and
/// recomputes once the year's data is added.
/// </para>
/// </remarks>
/// <param name="At">The instant, always in UTC (offset zero) whatever the offset of the input.</param>
/// <param name="Estimated">
/// <c>true</c> when some day the computation looked at lies in a year without calendar data.
/// </param>
public readonly record struct DueInstant(DateTimeOffset At, bool Estimated)
{
    /// <summary>The instant, always in UTC (offset zero); other offsets are converted on the way in.</summary>
    public DateTimeOffset At { get; init => field = value.ToUniversalTime(); } = At.ToUniversalTime();
}
