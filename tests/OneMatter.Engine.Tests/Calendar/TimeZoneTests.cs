using OneMatter.Engine.Calendar;
using static OneMatter.Engine.Tests.Calendar.CnMainland;

namespace OneMatter.Engine.Tests.Calendar;

public class TimeZoneTests
{
    // The real cn-mainland calendar (a member, so it wins over the namespace of the same name).
    private static BusinessCalendar Calendar => CnMainland.Calendar;

    [Fact]
    public void ToLocal_UtcEveningInstant_IsNextDayInChina()
    {
        DateTimeOffset local = Calendar.ToLocal(At("2026-02-12T17:00:00Z"));

        Assert.Equal(new DateTime(2026, 2, 13, 1, 0, 0), local.DateTime);
        Assert.Equal(TimeSpan.FromHours(8), local.Offset);
    }

    [Fact]
    public void AddWorkingDays_InputWithForeignOffset_ReturnsUtc()
    {
        // 2026-02-12 12:00 in New York is 2026-02-13 01:00 in China.
        DueInstant due = Calendar.AddWorkingDays(At("2026-02-12T12:00:00-05:00"), 5);

        Assert.Equal(At("2026-02-27T09:30:00Z"), due.At);
        Assert.Equal(TimeSpan.Zero, due.At.Offset);
    }

    [Fact]
    public void BusinessCalendar_UnknownTimeZoneId_FallsBackToUtcOffset()
    {
        var fallback = new BusinessCalendar(Calendar.Definition with { TimeZoneId = "Nowhere/Atlantis" });

        Assert.Equal(At("2026-02-27T09:30:00Z"), fallback.AddWorkingDays(At("2026-02-12T17:00:00Z"), 5).At);
        Assert.Equal(TimeSpan.FromHours(8), fallback.ToLocal(At("2026-06-01T00:00:00Z")).Offset);
    }

    [Theory]
    [InlineData("Asia/Shanghai")]
    [InlineData("Europe/Berlin")]
    [InlineData("UTC")]
    public void ZoneClock_Offsets_MatchTimeZoneInfoAcrossHistory(string zoneId)
    {
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(zoneId, out TimeZoneInfo? zone))
        {
            return; // no tz database on this machine: the fallback is covered above
        }

        var clock = new ZoneClock(zoneId, TimeSpan.Zero);
        var random = new Random(1991);
        long from = new DateTime(1950, 1, 1).Ticks;
        long to = new DateTime(2100, 1, 1).Ticks;
        for (int i = 0; i < 5000; i++)
        {
            long utc = from + (long)(random.NextDouble() * (to - from));

            Assert.Equal(zone.GetUtcOffset(new DateTime(utc, DateTimeKind.Utc)).Ticks, clock.OffsetForUtc(utc));
        }
    }

    [Fact]
    public void AddWorkingDays_ZoneWithDaylightSaving_DueAtLocalCloseAfterTheChange()
    {
        if (!TimeZoneInfo.TryFindSystemTimeZoneById("Europe/Berlin", out _))
        {
            return;
        }

        var berlin = new BusinessCalendar(Calendar.Definition with { TimeZoneId = "Europe/Berlin", Years = new Dictionary<int, CalendarYear>() });

        // Fri 2026-03-27 + 1 working day → Mon 03-30 17:30 CEST (summer time began on Sunday 03-29).
        DueInstant due = berlin.AddWorkingDays(At("2026-03-27T10:00:00+01:00"), 1);

        Assert.Equal(At("2026-03-30T15:30:00Z"), due.At);
        Assert.True(due.Estimated);
    }
}
