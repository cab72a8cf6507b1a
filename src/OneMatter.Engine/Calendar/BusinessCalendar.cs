using OneMatter.Engine.Definitions;

namespace OneMatter.Engine.Calendar;

/// <summary>
/// Answers working-day questions for one <see cref="CalendarDefinition"/>: is a day worked, when is
/// a time limit due, how much office time lies between two instants.
/// </summary>
/// <remarks>
/// Immutable and thread-safe; build one per calendar and share it. Deterministic: it never reads
/// the wall clock, every instant is passed in. Inputs may carry any offset; every instant returned
/// is UTC (offset zero). Day flags are precomputed, so calls do not allocate.
/// </remarks>
public sealed partial class BusinessCalendar
{
    private readonly DayTable _days;
    private readonly ZoneClock _clock;

    // Office periods as ticks since local midnight, sorted and not overlapping.
    private readonly long[] _periodStarts;
    private readonly long[] _periodEnds;
    private readonly long _closeOfOffice;
    private readonly long _officeDay;

    /// <summary>Builds the calendar and precomputes its day flags.</summary>
    /// <exception cref="ArgumentException">
    /// The definition has no working weekday, no office period, a period that ends before it
    /// starts, overlapping periods, or a holiday that ends before it starts.
    /// </exception>
    public BusinessCalendar(CalendarDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        Definition = definition;
        _days = new DayTable(definition);
        _clock = new ZoneClock(definition.TimeZoneId, definition.UtcOffset);

        OfficePeriod[] periods = [.. definition.OfficeHours.OrderBy(period => period.Start)];
        if (periods.Length == 0)
        {
            throw new ArgumentException("A calendar needs at least one office period.", nameof(definition));
        }

        _periodStarts = new long[periods.Length];
        _periodEnds = new long[periods.Length];
        for (int i = 0; i < periods.Length; i++)
        {
            _periodStarts[i] = periods[i].Start.Ticks;
            _periodEnds[i] = periods[i].End.Ticks;
            if (_periodEnds[i] <= _periodStarts[i] || (i > 0 && _periodStarts[i] < _periodEnds[i - 1]))
            {
                throw new ArgumentException($"Office period {periods[i].Start}-{periods[i].End} is empty or overlaps the previous one.", nameof(definition));
            }

            _officeDay += _periodEnds[i] - _periodStarts[i];
        }

        _closeOfOffice = _periodEnds[^1];
    }

    /// <summary>The definition this calendar was built from.</summary>
    public CalendarDefinition Definition { get; }

    /// <summary>Office time in one full working day (7 h for 08:30–12:00 and 14:00–17:30).</summary>
    public TimeSpan OfficeDay => TimeSpan.FromTicks(_officeDay);

    /// <summary>
    /// Whether <paramref name="date"/> is worked: a holiday is not; a swapped working weekend is;
    /// otherwise the weekly pattern decides. In a year without data only the weekly pattern is used.
    /// </summary>
    public bool IsWorkingDay(DateOnly date)
    {
        bool unused = false;
        return _days.IsWorking(date.DayNumber, ref unused);
    }

    /// <summary>Whether the holiday schedule of <paramref name="year"/> was loaded.</summary>
    public bool HasDataFor(int year) => _days.HasDataFor(year);

    /// <summary>The same instant expressed in the calendar's local time and offset.</summary>
    public DateTimeOffset ToLocal(DateTimeOffset instant)
    {
        long offset = _clock.OffsetForUtc(instant.UtcTicks);
        return new DateTimeOffset(instant.UtcTicks + offset, TimeSpan.FromTicks(offset));
    }

    /// <summary>
    /// When a <paramref name="duration"/> that starts at <paramref name="start"/> is due, counted
    /// as its unit says (see <see cref="DurationUnit"/>).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">
    /// The amount is negative, not whole for a day unit, or too large for the date range.
    /// </exception>
    public DueInstant Add(DateTimeOffset start, Duration duration) => duration.Unit switch
    {
        DurationUnit.WorkingDays => AddWorkingDays(start, WholeDays(duration)),
        DurationUnit.CalendarDays => AddCalendarDays(start, WholeDays(duration)),
        DurationUnit.WorkingHours => AddWorkingTime(start, HoursToTime(duration.Amount)),
        DurationUnit.Hours => AddHours(start, duration.Amount),
        _ => throw new ArgumentOutOfRangeException(nameof(duration), duration.Unit, "Unknown duration unit."),
    };

    /// <summary>
    /// Plain elapsed time: <paramref name="start"/> plus <paramref name="hours"/>, nights and
    /// holidays included. Never estimated.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="hours"/> is negative or too large.</exception>
    public DueInstant AddHours(DateTimeOffset start, decimal hours) =>
        new(new DateTimeOffset(start.UtcTicks + HoursToTime(hours).Ticks, TimeSpan.Zero), Estimated: false);

    private static int WholeDays(Duration duration)
    {
        if (duration.Amount < 0 || duration.Amount > int.MaxValue || decimal.Truncate(duration.Amount) != duration.Amount)
        {
            throw new ArgumentOutOfRangeException(nameof(duration), duration.Amount, "Days must be a whole, non-negative number.");
        }

        return (int)duration.Amount;
    }

    private static TimeSpan HoursToTime(decimal hours)
    {
        const decimal maxHours = 1_000_000m;
        if (hours < 0 || hours > maxHours)
        {
            throw new ArgumentOutOfRangeException(nameof(hours), hours, "Hours must be between 0 and 1,000,000.");
        }

        return TimeSpan.FromTicks((long)decimal.Round(hours * TimeSpan.TicksPerHour));
    }

    private long LocalTicks(DateTimeOffset instant) => instant.UtcTicks + _clock.OffsetForUtc(instant.UtcTicks);

    private DateTimeOffset FromLocal(long localTicks) =>
        new(localTicks - _clock.OffsetForLocal(localTicks), TimeSpan.Zero);
}
