using System.Runtime.CompilerServices;

namespace OneMatter.Engine.Calendar;

/// <summary>
/// Precomputed working/non-working flags for every day of the years a calendar has data for, so a
/// lookup on the hot path is one array read, with no allocation and no dictionary probe.
/// </summary>
internal sealed class DayTable
{
    private const byte Working = 1;
    private const byte Known = 2;

    // One byte per day from _firstDayNumber; days outside fall back to the weekly pattern.
    private readonly byte[] _flags;
    private readonly int _firstDayNumber;

    // Bit (1 << (int)DayOfWeek) is set for each working weekday.
    private readonly int _weekdayMask;
    private readonly HashSet<int> _years;

    public DayTable(CalendarDefinition definition)
    {
        foreach (DayOfWeek day in definition.WorkingWeekdays)
        {
            _weekdayMask |= 1 << (int)day;
        }

        if (_weekdayMask == 0)
        {
            throw new ArgumentException("A calendar needs at least one working weekday.", nameof(definition));
        }

        _years = [.. definition.Years.Keys];
        if (_years.Count == 0)
        {
            _flags = [];
            return;
        }

        (int first, int last) = Span(definition);
        _firstDayNumber = first;
        _flags = new byte[last - first + 1];
        for (int day = first; day <= last; day++)
        {
            bool known = _years.Contains(DateOnly.FromDayNumber(day).Year);
            _flags[day - first] = (byte)((IsWorkingWeekday(day) ? Working : 0) | (known ? Known : 0));
        }

        // Swapped working days first, then holidays, so a day listed as both stays a holiday.
        foreach (CalendarYear year in definition.Years.Values)
        {
            foreach (DateOnly date in year.WorkingWeekends)
            {
                _flags[date.DayNumber - first] |= Working;
            }
        }

        foreach (CalendarYear year in definition.Years.Values)
        {
            foreach (Holiday holiday in year.Holidays)
            {
                for (int day = holiday.From.DayNumber; day <= holiday.To.DayNumber; day++)
                {
                    _flags[day - first] &= unchecked((byte)~Working);
                }
            }
        }
    }

    /// <summary>Whether the schedule of <paramref name="year"/> was loaded.</summary>
    public bool HasDataFor(int year) => _years.Contains(year);

    /// <summary>
    /// Whether the day is worked. Sets <paramref name="estimated"/> (never clears it) when the day
    /// lies in a year without data, where only the weekly pattern is known.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool IsWorking(int dayNumber, ref bool estimated)
    {
        uint index = (uint)(dayNumber - _firstDayNumber);
        if (index < (uint)_flags.Length)
        {
            byte flags = _flags[index];
            estimated |= (flags & Known) == 0;
            return (flags & Working) != 0;
        }

        estimated = true;
        return IsWorkingWeekday(dayNumber);
    }

    // Day number 0 (0001-01-01) was a Monday, and DayOfWeek counts Sunday as 0.
    private bool IsWorkingWeekday(int dayNumber) => (_weekdayMask & (1 << ((dayNumber + 1) % 7))) != 0;

    private static (int First, int Last) Span(CalendarDefinition definition)
    {
        int first = new DateOnly(definition.Years.Keys.Min(), 1, 1).DayNumber;
        int last = new DateOnly(definition.Years.Keys.Max(), 12, 31).DayNumber;
        foreach (CalendarYear year in definition.Years.Values)
        {
            foreach (DateOnly date in year.WorkingWeekends)
            {
                first = Math.Min(first, date.DayNumber);
                last = Math.Max(last, date.DayNumber);
            }

            foreach (Holiday holiday in year.Holidays)
            {
                if (holiday.To < holiday.From)
                {
                    throw new ArgumentException($"Holiday '{holiday.Name}' ends before it starts.", nameof(definition));
                }

                first = Math.Min(first, holiday.From.DayNumber);
                last = Math.Max(last, holiday.To.DayNumber);
            }
        }

        return (first, last);
    }
}
