using OneMatter.Engine.Calendar;
using OneMatter.Engine.Loading;
using static OneMatter.Engine.Tests.Calendar.CnMainland;

namespace OneMatter.Engine.Tests.Calendar;

public class CalendarParserTests
{
    [Fact]
    public void Parse_CnMainlandFile_ReadsHeaderAndOfficeHours()
    {
        CalendarParseResult result = CalendarParser.Parse(CnMainland.YamlText, FileName);

        Assert.Empty(result.Errors);
        CalendarDefinition calendar = Assert.IsType<CalendarDefinition>(result.Calendar);
        Assert.Equal("cn-mainland", calendar.Id);
        Assert.Equal("中国大陆工作日历 (China mainland working-day calendar)", calendar.Name);
        Assert.Equal("Asia/Shanghai", calendar.TimeZoneId);
        Assert.Equal(TimeSpan.FromHours(8), calendar.UtcOffset);
        Assert.Equal(
            [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday],
            calendar.WorkingWeekdays.Order());
        Assert.Equal(
            [new OfficePeriod { Start = new(8, 30), End = new(12, 0) }, new OfficePeriod { Start = new(14, 0), End = new(17, 30) }],
            calendar.OfficeHours);
    }

    [Fact]
    public void Parse_CnMainlandFile_Reads2026ScheduleOfTheStateCouncilNotice()
    {
        CalendarDefinition calendar = CalendarParser.Parse(CnMainland.YamlText, FileName).Calendar!;

        CalendarYear year = Assert.Single(calendar.Years).Value;
        Assert.Equal(2026, calendar.Years.Keys.Single());
        Assert.Equal(7, year.Holidays.Count);
        Assert.Equal(new Holiday { Name = "春节 Spring Festival", From = new(2026, 2, 15), To = new(2026, 2, 23) }, year.Holidays[1]);
        Assert.Equal(
            [new(2026, 1, 4), new(2026, 2, 14), new(2026, 2, 28), new(2026, 5, 9), new(2026, 9, 20), new(2026, 10, 10)],
            year.WorkingWeekends.Order());
    }

    [Fact]
    public void Parse_NextYearBlockAppended_IsUsedWithoutCodeChange()
    {
        // What a deployment does in November: append the new year's schedule to the file.
        string yaml = CnMainland.YamlText + """
              2027:
                holidays:
                  - { name: 元旦 New Year, from: 2027-01-01, to: 2027-01-03 }
                working-weekends: []
            """;

        CalendarParseResult result = CalendarParser.Parse(yaml, FileName);
        var calendar = new BusinessCalendar(result.Calendar!);

        Assert.Empty(result.Errors);
        Assert.True(calendar.HasDataFor(2027));
        DueInstant due = calendar.AddWorkingDays(At("2026-12-28T09:00:00+08:00"), 5);
        Assert.Equal(At("2027-01-05T17:30:00+08:00"), due.At); // Fri 2027-01-01 is now a holiday
        Assert.False(due.Estimated);
    }

    [Fact]
    public void Parse_HolidaySpanningNewYear_AcceptsDecemberOfYearBefore()
    {
        string yaml = CalendarYaml.Valid.Replace(
            "from: 2026-02-15, to: 2026-02-23 }",
            "from: 2026-02-15, to: 2026-02-23 }\n      - { name: 元旦 New Year, from: 2025-12-31, to: 2026-01-01 }",
            StringComparison.Ordinal);

        CalendarParseResult result = CalendarParser.Parse(yaml, "test.yaml");

        Assert.Empty(result.Errors);
        Assert.False(new BusinessCalendar(result.Calendar!).IsWorkingDay(new DateOnly(2025, 12, 31)));
    }

    [Fact]
    public void LoadError_ToString_IsFileLineColumnMessage()
    {
        Assert.Equal("a.yaml:3:7: bad", new LoadError("a.yaml", 3, 7, "bad").ToString());
    }
}
