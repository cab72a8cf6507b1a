namespace OneMatter.Engine.Calendar;

/// <summary>
/// Converts between UTC and the calendar's local time as plain tick counts. For instants after the
/// zone's last offset change (for Asia/Shanghai: after 1991) it uses the constant offset, skipping
/// the adjustment-rule search that <see cref="TimeZoneInfo"/> does on every call.
/// </summary>
internal sealed class ZoneClock
{
    private readonly TimeZoneInfo _zone;

    // From these ticks on (UTC or local alike, one day of margin) the offset is _fixedOffsetTicks.
    private readonly long _fixedFromTicks;
    private readonly long _fixedOffsetTicks;

    public ZoneClock(string timeZoneId, TimeSpan fallbackOffset)
    {
        _zone = !string.IsNullOrWhiteSpace(timeZoneId) && TimeZoneInfo.TryFindSystemTimeZoneById(timeZoneId, out TimeZoneInfo? zone)
            ? zone
            : TimeZoneInfo.CreateCustomTimeZone(timeZoneId, fallbackOffset, timeZoneId, timeZoneId);
        _fixedOffsetTicks = _zone.BaseUtcOffset.Ticks;
        _fixedFromTicks = FixedFrom(_zone);
    }

    /// <summary>The zone in use: the system zone, or the fixed-offset fallback.</summary>
    public TimeZoneInfo Zone => _zone;

    /// <summary>Offset to add to a UTC tick count to get local ticks.</summary>
    public long OffsetForUtc(long utcTicks) => utcTicks >= _fixedFromTicks
        ? _fixedOffsetTicks
        : _zone.GetUtcOffset(new DateTime(utcTicks, DateTimeKind.Utc)).Ticks;

    /// <summary>Offset to subtract from a local tick count to get UTC ticks.</summary>
    public long OffsetForLocal(long localTicks) => localTicks >= _fixedFromTicks
        ? _fixedOffsetTicks
        : _zone.GetUtcOffset(new DateTime(localTicks, DateTimeKind.Unspecified)).Ticks;

    private static long FixedFrom(TimeZoneInfo zone)
    {
        TimeZoneInfo.AdjustmentRule[] rules = zone.GetAdjustmentRules();
        if (rules.Length == 0)
        {
            return long.MinValue;
        }

        DateTime lastEnd = rules.Max(rule => rule.DateEnd);

        // An open-ended rule means the zone still changes offset (daylight saving time): no shortcut.
        return lastEnd.Year >= 9998 ? long.MaxValue : lastEnd.Date.AddDays(2).Ticks;
    }
}
