using OneMatter.Engine.Calendar;
using OneMatter.Engine.Definitions;
using static OneMatter.Engine.Tests.Calendar.CnMainland;

namespace OneMatter.Engine.Tests.Calendar;

public class AddDurationTests
{
    // The real cn-mainland calendar (a member, so it wins over the namespace of the same name).
    private static BusinessCalendar Calendar => CnMainland.Calendar;

    [Fact]
    public void AddCalendarDays_AcrossHolidays_EndsAtLocalMidnightAfterNthDay()
    {
        // Fri 02-13 not counted; the 3rd day is Mon 02-16 (a holiday, which does not matter here).
        DueInstant due = Calendar.AddCalendarDays(At("2026-02-13T10:00:00+08:00"), 3);

        Assert.Equal(At("2026-02-17T00:00:00+08:00"), due.At);
        Assert.Equal(At("2026-02-16T16:00:00Z"), due.At);
        Assert.False(due.Estimated);
    }

    [Fact]
    public void AddHours_OverNightAndHoliday_IsPlainElapsedTime()
    {
        DueInstant due = Calendar.AddHours(At("2026-02-14T16:00:00+08:00"), 2.5m);

        Assert.Equal(At("2026-02-14T10:30:00Z"), due.At);
        Assert.False(due.Estimated);
    }

    [Theory]
    [InlineData("5 working days", "2026-02-27T17:30:00+08:00")]
    [InlineData("3 days", "2026-02-17T00:00:00+08:00")]
    [InlineData("4 working hours", "2026-02-14T09:00:00+08:00")] // 14:00–17:30 on Fri, then 08:30–09:00 on the swapped Sat
    [InlineData("1.5 hours", "2026-02-13T15:30:00+08:00")]
    [InlineData("15个工作日", "2026-03-12T17:30:00+08:00")] // Sat 02-14, 02-24…27, Sat 02-28, 03-02…06, 03-09…12
    public void Add_ParsedDuration_DispatchesOnUnit(string text, string expected)
    {
        Assert.True(Duration.TryParse(text, out Duration duration, out string error), error);

        DueInstant due = Calendar.Add(At("2026-02-13T14:00:00+08:00"), duration);

        Assert.Equal(At(expected), due.At);
    }

    [Theory]
    [InlineData(-1, DurationUnit.WorkingDays)]
    [InlineData(1.5, DurationUnit.CalendarDays)]
    [InlineData(-2, DurationUnit.Hours)]
    public void Add_InvalidAmount_Throws(double amount, DurationUnit unit)
    {
        var duration = new Duration((decimal)amount, unit);

        Assert.Throws<ArgumentOutOfRangeException>(() => Calendar.Add(At("2026-02-13T14:00:00+08:00"), duration));
    }
}
