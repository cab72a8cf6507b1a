using OneMatter.Engine.Calendar;
using static OneMatter.Engine.Tests.Calendar.CnMainland;

namespace OneMatter.Engine.Tests.Calendar;

public class WorkingTimeBetweenTests
{
    // The real cn-mainland calendar (a member, so it wins over the namespace of the same name).
    private static BusinessCalendar Calendar => CnMainland.Calendar;

    [Theory]
    [InlineData("2026-03-03T11:00:00+08:00", "2026-03-03T15:00:00+08:00", 2.0)]  // lunch break does not count
    [InlineData("2026-03-03T17:00:00+08:00", "2026-03-04T09:00:00+08:00", 1.0)]  // night does not count
    [InlineData("2026-03-07T09:00:00+08:00", "2026-03-07T17:00:00+08:00", 0.0)]  // an ordinary Saturday
    [InlineData("2026-02-14T09:00:00+08:00", "2026-02-14T10:00:00+08:00", 1.0)]  // the swapped Saturday counts
    [InlineData("2026-02-13T08:30:00+08:00", "2026-02-24T17:30:00+08:00", 21.0)] // Fri + swapped Sat + Tue; the holiday block is skipped
    [InlineData("2026-02-13T01:30:00Z", "2026-02-13T04:00:00Z", 2.5)]            // UTC inputs: 09:30–12:00 local
    public void WorkingTimeBetween_CountsOnlyOfficeTime(string from, string to, double hours)
    {
        Assert.Equal(TimeSpan.FromHours(hours), Calendar.WorkingTimeBetween(At(from), At(to)));
    }

    [Theory]
    [InlineData("2026-03-03T15:00:00+08:00", "2026-03-03T11:00:00+08:00")]
    [InlineData("2026-03-03T11:00:00+08:00", "2026-03-03T11:00:00+08:00")]
    public void WorkingTimeBetween_ToNotAfterFrom_IsZero(string from, string to)
    {
        Assert.Equal(TimeSpan.Zero, Calendar.WorkingTimeBetween(At(from), At(to)));
    }

    [Fact]
    public void WorkingDaysBetween_HalfAnOfficeDay_IsOneHalf()
    {
        Assert.Equal(0.5, Calendar.WorkingDaysBetween(At("2026-03-03T08:30:00+08:00"), At("2026-03-03T12:00:00+08:00")), 9);
    }

    [Fact]
    public void WorkingDaysBetween_OverSpringFestivalBlock_CountsOnlyWorkingDays()
    {
        // Close of Fri 02-13 to close of Fri 02-27: swapped Sat 02-14 and 02-24…02-27.
        Assert.Equal(5.0, Calendar.WorkingDaysBetween(At("2026-02-13T17:30:00+08:00"), At("2026-02-27T17:30:00+08:00")), 9);
    }

    [Fact]
    public void OfficeDay_WithCnMainlandHours_IsSevenHours()
    {
        Assert.Equal(TimeSpan.FromHours(7), Calendar.OfficeDay);
    }
}
