using OneMatter.Engine.Calendar;
using static OneMatter.Engine.Tests.Calendar.CnMainland;

namespace OneMatter.Engine.Tests.Calendar;

public class WorkingDayTests
{
    // The real cn-mainland calendar (a member, so it wins over the namespace of the same name).
    private static BusinessCalendar Calendar => CnMainland.Calendar;

    [Theory]
    [InlineData("2026-01-04")] // Sunday, New Year swap
    [InlineData("2026-02-14")] // Saturday, Spring Festival swap
    [InlineData("2026-02-28")] // Saturday, Spring Festival swap
    [InlineData("2026-05-09")] // Saturday, Labour Day swap
    [InlineData("2026-09-20")] // Sunday, National Day swap
    [InlineData("2026-10-10")] // Saturday, National Day swap
    public void IsWorkingDay_SwappedWeekend2026_IsWorked(string date) =>
        Assert.True(Calendar.IsWorkingDay(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("2026-01-01")]
    [InlineData("2026-01-02")] // Friday
    [InlineData("2026-02-16")] // Monday inside Spring Festival
    [InlineData("2026-02-23")] // last day of Spring Festival, a Monday
    [InlineData("2026-04-06")]
    [InlineData("2026-05-05")]
    [InlineData("2026-06-19")]
    [InlineData("2026-09-25")]
    [InlineData("2026-10-01")]
    [InlineData("2026-10-07")]
    public void IsWorkingDay_PublicHoliday2026_IsNotWorked(string date) =>
        Assert.False(Calendar.IsWorkingDay(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("2026-02-13", true)]  // Friday before Spring Festival
    [InlineData("2026-02-24", true)]  // Tuesday after it
    [InlineData("2026-03-07", false)] // ordinary Saturday
    [InlineData("2026-03-08", false)] // ordinary Sunday
    [InlineData("2026-10-08", true)]  // Thursday after National Day
    public void IsWorkingDay_OrdinaryDay2026_FollowsWeeklyPattern(string date, bool expected) =>
        Assert.Equal(expected, Calendar.IsWorkingDay(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void IsWorkingDay_YearWithoutData_UsesWeeklyPatternOnly()
    {
        Assert.True(Calendar.IsWorkingDay(new DateOnly(2027, 1, 1)));   // a Friday, New Year not loaded yet
        Assert.False(Calendar.IsWorkingDay(new DateOnly(2027, 1, 2)));  // Saturday
        Assert.True(Calendar.IsWorkingDay(new DateOnly(2025, 12, 31))); // Wednesday
    }

    [Fact]
    public void HasDataFor_LoadedAndMissingYears_ReportsOnlyLoaded()
    {
        Assert.True(Calendar.HasDataFor(2026));
        Assert.False(Calendar.HasDataFor(2025));
        Assert.False(Calendar.HasDataFor(2027));
    }

    [Fact]
    public void IsWorkingDay_Year2026_Has248WorkingDays()
    {
        // 261 weekdays − 19 holidays on weekdays + 6 swapped weekend days: a cross-check of the whole table.
        int count = 0;
        for (DateOnly day = new(2026, 1, 1); day.Year == 2026; day = day.AddDays(1))
        {
            count += Calendar.IsWorkingDay(day) ? 1 : 0;
        }

        Assert.Equal(248, count);
    }
}
