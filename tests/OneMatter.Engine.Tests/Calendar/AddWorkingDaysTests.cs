using Microsoft.Extensions.Time.Testing;
using OneMatter.Engine.Calendar;
using static OneMatter.Engine.Tests.Calendar.CnMainland;

namespace OneMatter.Engine.Tests.Calendar;

public class AddWorkingDaysTests
{
    // The real cn-mainland calendar (a member, so it wins over the namespace of the same name).
    private static BusinessCalendar Calendar => CnMainland.Calendar;

    [Fact]
    public void AddWorkingDays_SpringFestival2026_SkipsHolidayBlockAndCountsSwappedSaturday()
    {
        // Fri 02-13 not counted; Sat 02-14 swapped (1); 02-15…02-23 holidays; 02-24 (2) … 02-27 (5).
        DueInstant due = Calendar.AddWorkingDays(At("2026-02-13T10:00:00+08:00"), 5);

        Assert.Equal(At("2026-02-27T17:30:00+08:00"), due.At);
        Assert.Equal(TimeSpan.Zero, due.At.Offset);
        Assert.False(due.Estimated);
    }

    [Theory]
    [InlineData("2026-02-13T00:00:00+08:00")]
    [InlineData("2026-02-13T08:00:00+08:00")]
    [InlineData("2026-02-13T17:45:00+08:00")]
    [InlineData("2026-02-13T23:00:00+08:00")]
    [InlineData("2026-02-13T23:59:59.9999999+08:00")]
    public void AddWorkingDays_AnyTimeOnStartDay_GivesSameDue(string start)
    {
        DueInstant due = Calendar.AddWorkingDays(At(start), 5);

        Assert.Equal(At("2026-02-27T17:30:00+08:00"), due.At);
    }

    [Fact]
    public void AddWorkingDays_AcceptedOnHoliday_StartsCountingAfterIt()
    {
        // Accepted online on Sun 02-15: 02-16…02-23 are holidays, 02-24 is the first working day.
        DueInstant due = Calendar.AddWorkingDays(At("2026-02-15T09:00:00+08:00"), 1);

        Assert.Equal(At("2026-02-24T17:30:00+08:00"), due.At);
    }

    [Fact]
    public void AddWorkingDays_CrossingNewYear_SkipsHolidaysAndCountsSwappedSunday()
    {
        // Wed 2025-12-31 not counted; Jan 1–3 holidays; Sun Jan 4 worked (1), Jan 5 (2), Jan 6 (3).
        DueInstant due = Calendar.AddWorkingDays(At("2025-12-31T15:00:00+08:00"), 3);

        Assert.Equal(At("2026-01-06T17:30:00+08:00"), due.At);
        Assert.False(due.Estimated);
    }

    [Fact]
    public void AddWorkingDays_RunningInto2027WithoutData_SkipsWeekendsOnlyAndIsEstimated()
    {
        // Mon 2026-12-28: 12-29 (1), 12-30 (2), 12-31 (3), Fri 2027-01-01 counted as a plain weekday (4), Mon 01-04 (5).
        DueInstant due = Calendar.AddWorkingDays(At("2026-12-28T09:00:00+08:00"), 5);

        Assert.Equal(At("2027-01-04T17:30:00+08:00"), due.At);
        Assert.True(due.Estimated);
    }

    [Fact]
    public void AddWorkingDays_Within2026_IsNotEstimatedEvenIfStartDayLacksData()
    {
        Assert.False(Calendar.AddWorkingDays(At("2026-11-02T09:00:00+08:00"), 15).Estimated);
    }

    [Fact]
    public void AddWorkingDays_StartGivenInUtcOnPreviousUtcDate_CountsFromLocalChinaDate()
    {
        // 2026-02-12T17:00Z is already Fri 2026-02-13 01:00 in China: same due as the worked example.
        DueInstant due = Calendar.AddWorkingDays(At("2026-02-12T17:00:00Z"), 5);

        Assert.Equal(At("2026-02-27T09:30:00Z"), due.At);
        Assert.Equal(TimeSpan.Zero, due.At.Offset);
    }

    [Fact]
    public void AddWorkingDays_Zero_EndsAtCloseOfStartDay()
    {
        Assert.Equal(At("2026-03-02T17:30:00+08:00"), Calendar.AddWorkingDays(At("2026-03-02T09:00:00+08:00"), 0).At);
    }

    [Fact]
    public void AddWorkingDays_Negative_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Calendar.AddWorkingDays(At("2026-03-02T09:00:00+08:00"), -1));
    }

    [Fact]
    public void AddWorkingDays_AcceptedNow_IsOverdueOnlyAfterCloseOfLastDay()
    {
        var clock = new FakeTimeProvider(At("2026-02-13T16:20:00+08:00"));
        DueInstant due = Calendar.AddWorkingDays(clock.GetUtcNow(), 5);

        clock.SetUtcNow(At("2026-02-27T17:29:59+08:00"));
        Assert.True(clock.GetUtcNow() < due.At);

        clock.Advance(TimeSpan.FromSeconds(2));
        Assert.True(clock.GetUtcNow() > due.At);
    }

    [Fact]
    public void AddWorkingDays_ResultAlwaysAtCloseOfAWorkingDay()
    {
        var random = new Random(20260213);
        for (int i = 0; i < 500; i++)
        {
            DateTimeOffset start = At("2025-10-01T00:00:00+08:00").AddMinutes(random.Next(0, 60 * 24 * 500));
            DueInstant due = Calendar.AddWorkingDays(start, random.Next(1, 40));

            DateTimeOffset local = Calendar.ToLocal(due.At);
            Assert.True(Calendar.IsWorkingDay(DateOnly.FromDateTime(local.DateTime)));
            Assert.Equal(new TimeSpan(17, 30, 0), local.TimeOfDay);
        }
    }
}
