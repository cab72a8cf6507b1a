namespace OneMatter.Engine.Calendar;

public sealed partial class BusinessCalendar
{
    /// <summary>
    /// The instant at which <paramref name="workingTime"/> of office time has elapsed after
    /// <paramref name="start"/>, counting only office periods of working days. Used for
    /// "N working hours" and for escalation points such as 80 % of a deadline.
    /// </summary>
    /// <remarks>
    /// Lunch breaks, nights, weekends and holidays stop the clock; a start outside office hours
    /// begins at the next office period. A result that lands exactly on the end of a period is
    /// that end (12:00, not 14:00). Zero working time returns <paramref name="start"/> itself.
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="workingTime"/> is negative or runs past year 9999.</exception>
    public DueInstant AddWorkingTime(DateTimeOffset start, TimeSpan workingTime)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(workingTime, TimeSpan.Zero);
        if (workingTime == TimeSpan.Zero)
        {
            return new DueInstant(start, Estimated: false);
        }

        long local = LocalTicks(start);
        int day = (int)(local / TimeSpan.TicksPerDay);
        long timeOfDay = local % TimeSpan.TicksPerDay;
        long remaining = workingTime.Ticks;
        bool estimated = false;
        while (true)
        {
            if (_days.IsWorking(day, ref estimated))
            {
                // A whole office day left to go: skip it without walking its periods.
                if (timeOfDay <= _periodStarts[0] && remaining > _officeDay)
                {
                    remaining -= _officeDay;
                }
                else
                {
                    for (int i = 0; i < _periodStarts.Length; i++)
                    {
                        if (timeOfDay >= _periodEnds[i])
                        {
                            continue;
                        }

                        long from = Math.Max(timeOfDay, _periodStarts[i]);
                        long available = _periodEnds[i] - from;
                        if (remaining <= available)
                        {
                            return new DueInstant(FromLocal((day * TimeSpan.TicksPerDay) + from + remaining), estimated);
                        }

                        remaining -= available;
                    }
                }
            }

            day = NextDay(day, nameof(workingTime));
            timeOfDay = 0;
        }
    }

    /// <summary>
    /// Office time between two instants: the part of [<paramref name="from"/>, <paramref name="to"/>)
    /// that lies inside office periods of working days. Zero when <paramref name="to"/> is not after
    /// <paramref name="from"/>. Days in years without data count by the weekly pattern.
    /// </summary>
    public TimeSpan WorkingTimeBetween(DateTimeOffset from, DateTimeOffset to)
    {
        if (to <= from)
        {
            return TimeSpan.Zero;
        }

        long localFrom = LocalTicks(from);
        long localTo = LocalTicks(to);
        int firstDay = (int)(localFrom / TimeSpan.TicksPerDay);
        int lastDay = (int)(localTo / TimeSpan.TicksPerDay);
        long fromTime = localFrom % TimeSpan.TicksPerDay;
        long toTime = localTo % TimeSpan.TicksPerDay;
        bool unused = false;

        if (firstDay == lastDay)
        {
            return TimeSpan.FromTicks(_days.IsWorking(firstDay, ref unused) ? OfficeTimeWithin(fromTime, toTime) : 0);
        }

        long total = _days.IsWorking(firstDay, ref unused) ? OfficeTimeWithin(fromTime, TimeSpan.TicksPerDay) : 0;
        for (int day = firstDay + 1; day < lastDay; day++)
        {
            total += _days.IsWorking(day, ref unused) ? _officeDay : 0;
        }

        total += _days.IsWorking(lastDay, ref unused) ? OfficeTimeWithin(0, toTime) : 0;
        return TimeSpan.FromTicks(total);
    }

    /// <summary>
    /// <see cref="WorkingTimeBetween"/> in units of one full office day (<see cref="OfficeDay"/>),
    /// e.g. 1.5 for a day and a half of office time. For timelines and progress bars.
    /// </summary>
    public double WorkingDaysBetween(DateTimeOffset from, DateTimeOffset to) =>
        (double)WorkingTimeBetween(from, to).Ticks / _officeDay;

    // Office time inside [fromTime, toTime) of one working day, both as ticks since local midnight.
    private long OfficeTimeWithin(long fromTime, long toTime)
    {
        long total = 0;
        for (int i = 0; i < _periodStarts.Length; i++)
        {
            total += Math.Max(0, Math.Min(toTime, _periodEnds[i]) - Math.Max(fromTime, _periodStarts[i]));
        }

        return total;
    }
}
