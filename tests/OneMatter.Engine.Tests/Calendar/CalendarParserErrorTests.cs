using OneMatter.Engine.Calendar;
using OneMatter.Engine.Loading;
using static OneMatter.Engine.Tests.Calendar.CalendarYaml;

namespace OneMatter.Engine.Tests.Calendar;

public class CalendarParserErrorTests
{
    private const string File = "calendars/test.yaml";

    [Fact]
    public void Parse_ValidCalendar_HasNoErrors()
    {
        CalendarParseResult result = CalendarParser.Parse(Valid, File);

        Assert.Empty(result.Errors);
        Assert.NotNull(result.Calendar);
    }

    [Theory]
    [InlineData("from: 2026-02-15", "from: 2026/02/15", 10, 43, "\"2026/02/15\" is not a date: write dates as yyyy-mm-dd, e.g. 2026-02-14")]
    [InlineData("2026-02-28]", "2026-02-30]", 11, 36, "\"2026-02-30\" is not a real date: there is no such day")]
    [InlineData("\"08:30-12:00\"", "\"8h30-12\"", 6, 16, "\"8h30-12\" is not an office period: write it as \"08:30-12:00\" (24-hour clock, start-end, 00:00 to 23:59)")]
    [InlineData("\"14:00-17:30\"", "\"17:30-14:00\"", 6, 31, "office period \"17:30-14:00\" ends before it starts: a period cannot run past midnight")]
    [InlineData("\"14:00-17:30\"", "\"11:00-17:30\"", 6, 31, "office period \"11:00-17:30\" overlaps \"08:30-12:00\"")]
    [InlineData("to: 2026-02-23", "to: 2026-02-13", 10, 59, "holiday \"春节 Spring Festival\" ends on 2026-02-13, before it starts on 2026-02-15")]
    [InlineData(", to: 2026-02-23 }", " }", 10, 9, "missing key \"to\" in a holiday of 2026")]
    [InlineData("2026-02-14,", "2026-03-02,", 11, 24, "2026-03-02 is a Monday, already a working day: working-weekends lists only weekend days that are worked (调休上班)")]
    [InlineData("2026-02-14,", "2026-02-15,", 11, 24, "2026-02-15 is listed as a working weekend but falls in the holiday \"春节 Spring Festival\" (2026-02-15 to 2026-02-23)")]
    [InlineData("2026-02-28]", "2027-02-27]", 11, 36, "2027-02-27 is not in 2026: dates under year 2026 must fall in 2026 (or in the December before or January after, around New Year)")]
    [InlineData("\"+08:00\"", "8", 4, 13, "\"8\" is not a UTC offset: write it like \"+08:00\" (between -14:00 and +14:00)")]
    [InlineData("[mon, tue,", "[mo, tue,", 5, 20, "\"mo\" is not a weekday: write mon, tue, wed, thu, fri, sat or sun")]
    [InlineData("[mon, tue,", "[mon, mon, tue,", 5, 25, "\"mon\" is listed twice in working-weekdays")]
    [InlineData("  2026:", "  twenty26:", 8, 3, "\"twenty26\" is not a year: write a four-digit year such as 2027")]
    [InlineData("id: test", "id: test calendar", 1, 5, "id \"test calendar\" must not contain spaces: use hyphens, e.g. cn-mainland")]
    [InlineData("name: Test calendar", "name: ~", 2, 7, "name is empty")]
    [InlineData("office-hours: [\"08:30-12:00\", \"14:00-17:30\"]", "office-hours: 08:30-17:30", 6, 15, "office-hours must be a list like [\"08:30-12:00\", \"14:00-17:30\"], not the single value \"08:30-17:30\"")]
    [InlineData("office-hours: [\"08:30-12:00\", \"14:00-17:30\"]", "office-hours: []", 6, 15, "office-hours lists no period: write e.g. [\"08:30-12:00\", \"14:00-17:30\"]")]
    [InlineData("[mon, tue, wed, thu, fri]", "[]", 5, 19, "working-weekdays lists no day: at least one weekday must be worked, e.g. [mon, tue, wed, thu, fri]")]
    [InlineData("    working-weekends: [2026-02-14, 2026-02-28]\n", "", 9, 5, "missing key \"working-weekends\" in year 2026")]
    public void Parse_OneMistake_ReportsItWithPosition(string oldText, string newText, int line, int column, string message)
    {
        CalendarParseResult result = CalendarParser.Parse(With(oldText, newText), File);

        Assert.Null(result.Calendar);
        Assert.Equal(new LoadError(File, line, column, message), Assert.Single(result.Errors));
    }

    [Fact]
    public void Parse_MisspelledKey_SuggestsTheKnownKeyAndReportsItMissing()
    {
        CalendarParseResult result = CalendarParser.Parse(With("office-hours:", "office_hour:"), File);

        Assert.Equal(
            [
                new LoadError(File, 1, 1, "missing key \"office-hours\" in the calendar"),
                new LoadError(File, 6, 1, "unknown key \"office_hour\" in the calendar: did you mean \"office-hours\"?"),
            ],
            result.Errors);
    }

    [Fact]
    public void Parse_UnknownKeyWithoutNearMiss_ListsExpectedKeys()
    {
        CalendarParseResult result = CalendarParser.Parse(Valid + "colour: blue\n", File);

        Assert.Equal(
            new LoadError(File, 12, 1, "unknown key \"colour\" in the calendar: expected id, name, time-zone, utc-offset, working-weekdays, office-hours, years"),
            Assert.Single(result.Errors));
    }

    [Fact]
    public void Parse_SeveralMistakes_ReportsAllInFileOrder()
    {
        string yaml = With("\"+08:00\"", "8")
            .Replace("from: 2026-02-15", "from: 2026/02/15", StringComparison.Ordinal)
            .Replace("[mon, tue,", "[mo, tue,", StringComparison.Ordinal);

        CalendarParseResult result = CalendarParser.Parse(yaml, File);

        Assert.Null(result.Calendar);
        Assert.Equal([(4, 13), (5, 20), (10, 43)], result.Errors.Select(error => (error.Line, error.Column)));
    }

    [Fact]
    public void Parse_DuplicateYear_ReportsSecondWithFirstLine()
    {
        string yaml = Valid + "  2026:\n    holidays: []\n    working-weekends: []\n";

        CalendarParseResult result = CalendarParser.Parse(yaml, File);

        Assert.Equal(
            new LoadError(File, 12, 3, "duplicate key \"2026\" (first at line 8): each key may appear only once"),
            Assert.Single(result.Errors));
    }

    [Fact]
    public void Parse_SameYearQuotedDifferently_ReportsDuplicateYear()
    {
        string yaml = Valid + "  \"2026 \":\n    holidays: []\n    working-weekends: []\n";

        CalendarParseResult result = CalendarParser.Parse(yaml, File);

        Assert.Equal(
            new LoadError(File, 12, 3, "year 2026 appears twice (first at line 8): merge the two blocks"),
            Assert.Single(result.Errors));
    }

    [Fact]
    public void Parse_UnknownKeyInHoliday_SuggestsAndReportsMissing()
    {
        CalendarParseResult result = CalendarParser.Parse(With("from: 2026-02-15", "form: 2026-02-15"), File);

        Assert.Equal(
            [
                new LoadError(File, 10, 9, "missing key \"from\" in a holiday of 2026"),
                new LoadError(File, 10, 37, "unknown key \"form\" in a holiday of 2026: did you mean \"from\"?"),
            ],
            result.Errors);
    }
}
