namespace OneMatter.Engine.Calendar;

public sealed partial class BusinessCalendar
{
    private static readonly int LastDayNumber = DateOnly.MaxValue.DayNumber;

    /// <summary>
    /// When a limit of <paramref name="days"/> working days that starts at <paramref name="start"/>
    /// is due: at the close of office hours (end of the last office period) on the Nth working day
    /// after the start's local date.
    /// </summary>
    /// <remarks>
    /// The day the period starts is not counted, whatever the time of day or whether it is worked
    /// (行政许可法 art. 82 and the general rule on periods). Example: accepted on Fri 2026-02-13,
    /// 5 working days → Sat 02-14 (swapped working day), 02-24, 02-25, 02-26, 02-27: due
    /// 2026-02-27 17:30 +08:00. With 0 days the limit ends at the close of the start day itself.
    /// <see cref="DueInstant.Estimated"/> is set when a day after the start falls in a year without data.
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> is negative or runs past year 9999.</exception>
    public DueInstant AddWorkingDays(DateTimeOffset start, int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        int day = (int)(LocalTicks(start) / TimeSpan.TicksPerDay);
        bool estimated = false;
        for (int counted = 0; counted < days;)
        {
            day = NextDay(day, nameof(days));
            if (_days.IsWorking(day, ref estimated))
            {
                counted++;
            }
        }

        return new DueInstant(FromLocal((day * TimeSpan.TicksPerDay) + _closeOfOffice), estimated);
    }

    /// <summary>
    /// When a limit of <paramref name="days"/> calendar days that starts at <paramref name="start"/>
    /// is due: at the local midnight that ends the Nth day after the start's local date. Holidays
    /// do not matter, so the result is never estimated.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> is negative or runs past year 9999.</exception>
    public DueInstant AddCalendarDays(DateTimeOffset start, int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        long startDay = LocalTicks(start) / TimeSpan.TicksPerDay;
        long endDay = startDay + days + 1;
        if (endDay > LastDayNumber)
        {
            throw new ArgumentOutOfRangeException(nameof(days), days, "The limit runs past year 9999.");
        }

        return new DueInstant(FromLocal(endDay * TimeSpan.TicksPerDay), Estimated: false);
    }

    private static int NextDay(int day, string parameter) => day < LastDayNumber
        ? day + 1
        : throw new ArgumentOutOfRangeException(parameter, "The limit runs past year 9999.");
}
