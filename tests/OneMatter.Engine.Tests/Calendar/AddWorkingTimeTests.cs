using OneMatter.Engine.Calendar;
using static OneMatter.Engine.Tests.Calendar.CnMainland;

namespace OneMatter.Engine.Tests.Calendar;

public class AddWorkingTimeTests
{
    // The real cn-mainland calendar (a member, so it wins over the namespace of the same name).
    private static BusinessCalendar Calendar => CnMainland.Calendar;

    [Theory]
    [InlineData("2026-03-03T11:00:00+08:00", 2.0, "2026-03-03T15:00:00+08:00")]  // across the lunch break
    [InlineData("2026-03-03T11:00:00+08:00", 1.0, "2026-03-03T12:00:00+08:00")]  // ends exactly at noon, not 14:00
    [InlineData("2026-03-03T12:30:00+08:00", 1.0, "2026-03-03T15:00:00+08:00")]  // starts during lunch
    [InlineData("2026-03-03T16:30:00+08:00", 2.0, "2026-03-04T09:30:00+08:00")]  // across the evening
    [InlineData("2026-03-03T07:00:00+08:00", 1.0, "2026-03-03T09:30:00+08:00")]  // starts before office hours
    [InlineData("2026-03-03T08:00:00+08:00", 7.0, "2026-03-03T17:30:00+08:00")]  // exactly one office day
    [InlineData("2026-03-03T09:00:00+08:00", 14.0, "2026-03-05T09:00:00+08:00")] // 6.5 h + 7 h + 0.5 h
    [InlineData("2026-03-06T08:30:00+08:00", 21.0, "2026-03-10T17:30:00+08:00")] // Fri, Mon, Tue: skips the weekend
    [InlineData("2026-02-16T10:00:00+08:00", 3.0, "2026-02-24T11:30:00+08:00")]  // starts on a Spring Festival holiday
    [InlineData("2026-02-13T18:00:00+08:00", 1.0, "2026-02-14T09:30:00+08:00")]  // the swapped Saturday is worked
    public void AddWorkingTime_CountsOnlyOfficePeriodsOfWorkingDays(string start, double hours, string expected)
    {
        DueInstant due = Calendar.AddWorkingTime(At(start), TimeSpan.FromHours(hours));

        Assert.Equal(At(expected), due.At);
        Assert.Equal(TimeSpan.Zero, due.At.Offset);
        Assert.False(due.Estimated);
    }

    [Fact]
    public void AddWorkingTime_EightyPercentOfSpringFestivalDeadline_FallsOnThursdayAfternoon()
    {
        DateTimeOffset accepted = At("2026-02-13T14:00:00+08:00");
        DueInstant due = Calendar.AddWorkingDays(accepted, 5);
        TimeSpan allowed = Calendar.WorkingTimeBetween(accepted, due.At); // 3.5 + 7 + 4 × 7 = 38.5 h

        DueInstant warning = Calendar.AddWorkingTime(accepted, allowed * 0.8);

        Assert.Equal(TimeSpan.FromHours(38.5), allowed);
        Assert.Equal(At("2026-02-26T16:48:00+08:00"), warning.At);
    }

    [Fact]
    public void AddWorkingTime_IntoYearWithoutData_IsEstimated()
    {
        DueInstant due = Calendar.AddWorkingTime(At("2026-12-31T16:00:00+08:00"), TimeSpan.FromHours(2));

        // 16:00–17:30 on Thu 12-31, then 08:30–09:00 on Fri 2027-01-01, a plain weekday without data.
        Assert.Equal(At("2027-01-01T09:00:00+08:00"), due.At);
        Assert.True(due.Estimated);
    }

    [Fact]
    public void AddWorkingTime_Zero_ReturnsStartInUtc()
    {
        DueInstant due = Calendar.AddWorkingTime(At("2026-03-07T22:00:00+08:00"), TimeSpan.Zero);

        Assert.Equal(At("2026-03-07T14:00:00Z"), due.At);
        Assert.Equal(TimeSpan.Zero, due.At.Offset);
    }

    [Fact]
    public void AddWorkingTime_Negative_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Calendar.AddWorkingTime(At("2026-03-03T09:00:00+08:00"), TimeSpan.FromMinutes(-1)));
    }

    [Fact]
    public void AddWorkingTime_ThenWorkingTimeBetween_GivesBackTheSameTime()
    {
        var random = new Random(4_11_2025);
        for (int i = 0; i < 1000; i++)
        {
            DateTimeOffset start = At("2026-01-01T00:00:00+08:00").AddMinutes(random.Next(0, 60 * 24 * 360));
            TimeSpan workingTime = TimeSpan.FromMinutes(random.Next(1, 60 * 7 * 30));

            DueInstant due = Calendar.AddWorkingTime(start, workingTime);

            Assert.Equal(workingTime, Calendar.WorkingTimeBetween(start, due.At));
        }
    }
}
