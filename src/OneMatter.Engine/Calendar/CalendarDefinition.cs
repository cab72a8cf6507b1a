namespace OneMatter.Engine.Calendar;

/// <summary>
/// A working-day calendar as loaded from a file such as <c>workflows/calendars/cn-mainland.yaml</c>:
/// the weekly pattern, office hours, time zone and the holiday schedule of each published year.
/// Build a <see cref="BusinessCalendar"/> from it to compute deadlines.
/// </summary>
public sealed record CalendarDefinition
{
    /// <summary>Stable identifier that matter definitions refer to, e.g. "cn-mainland".</summary>
    public required string Id { get; init; }

    /// <summary>Display name, e.g. "中国大陆工作日历 (China mainland working-day calendar)".</summary>
    public required string Name { get; init; }

    /// <summary>IANA time zone id of the offices, e.g. "Asia/Shanghai".</summary>
    public required string TimeZoneId { get; init; }

    /// <summary>
    /// Fixed offset from UTC used only when the operating system has no data for
    /// <see cref="TimeZoneId"/> (e.g. a slim container without tzdata). Correct for zones without
    /// daylight saving time, such as China's.
    /// </summary>
    public required TimeSpan UtcOffset { get; init; }

    /// <summary>The days of an ordinary week that are worked; at least one.</summary>
    public required IReadOnlySet<DayOfWeek> WorkingWeekdays { get; init; }

    /// <summary>Office periods of a working day in local time, in order, not overlapping; at least one.</summary>
    public required IReadOnlyList<OfficePeriod> OfficeHours { get; init; }

    /// <summary>
    /// Holiday schedules by year. A year missing here is computed from
    /// <see cref="WorkingWeekdays"/> alone, and results touching it are flagged as estimated.
    /// </summary>
    public required IReadOnlyDictionary<int, CalendarYear> Years { get; init; }
}
