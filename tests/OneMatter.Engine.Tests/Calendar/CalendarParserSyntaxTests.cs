using OneMatter.Engine.Calendar;
using OneMatter.Engine.Loading;
using static OneMatter.Engine.Tests.Calendar.CalendarYaml;

namespace OneMatter.Engine.Tests.Calendar;

public class CalendarParserSyntaxTests
{
    private const string File = "calendars/test.yaml";

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n")]
    [InlineData("# nothing but a comment\n")]
    public void Parse_EmptyFile_SaysWhatACalendarNeeds(string yaml)
    {
        CalendarParseResult result = CalendarParser.Parse(yaml, File);

        Assert.Equal(
            new LoadError(File, 1, 1, "the file is empty: a calendar needs id, name, time-zone, utc-offset, working-weekdays, office-hours and years"),
            Assert.Single(result.Errors));
    }

    [Fact]
    public void Parse_RootIsAList_AsksForAMapping()
    {
        CalendarParseResult result = CalendarParser.Parse("- a\n- b\n", File);

        Assert.Equal(new LoadError(File, 1, 1, "the calendar must be a mapping of keys (key: value), not a list"), Assert.Single(result.Errors));
    }

    [Fact]
    public void Parse_UnterminatedQuote_ReportsYamlSyntaxErrorWithPosition()
    {
        CalendarParseResult result = CalendarParser.Parse(With("\"+08:00\"", "\"+08:00"), File);

        LoadError error = Assert.Single(result.Errors);
        Assert.Equal((4, 13), (error.Line, error.Column));
        Assert.StartsWith("YAML syntax error: while scanning a multi-line double-quoted scalar", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_BadIndentation_ReportsYamlSyntaxErrorWithPosition()
    {
        CalendarParseResult result = CalendarParser.Parse(With("name: Test calendar", "name: Test calendar\n  oops: 1"), File);

        LoadError error = Assert.Single(result.Errors);
        Assert.Equal(File, error.File);
        Assert.Equal(3, error.Line);
        Assert.StartsWith("YAML syntax error: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UnclosedBracket_ReportsSyntaxErrorInsteadOfThrowing()
    {
        // YamlDotNet's scanner throws InvalidOperationException (not YamlException) on this one.
        CalendarParseResult result = CalendarParser.Parse("a: [1, 2\nb: 3\n", File);

        LoadError error = Assert.Single(result.Errors);
        Assert.Equal(1, error.Line);
        Assert.Contains("syntax error", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_SecondDocument_IsRejected()
    {
        CalendarParseResult result = CalendarParser.Parse(Valid + "---\nid: other\n", File);

        Assert.Equal(
            new LoadError(File, 12, 1, "a calendar file holds one YAML document: remove the second '---' and what follows it"),
            Assert.Single(result.Errors));
    }

    [Fact]
    public void Parse_SelfReferencingAliasAsKey_IsRejectedWithoutCrashing()
    {
        // YamlDotNet would hash this key forever and overflow the stack.
        CalendarParseResult result = CalendarParser.Parse("? &a [*a]\n: 1\n", File);

        LoadError error = Assert.Single(result.Errors);
        Assert.Equal((1, 3), (error.Line, error.Column));
        Assert.Equal("a key must be a plain name or number, not a list, a mapping or an alias", error.Message);
    }

    [Fact]
    public void Parse_SelfReferencingAliasAsValue_IsReportedAsWrongShape()
    {
        CalendarParseResult result = CalendarParser.Parse(With("[mon, tue, wed, thu, fri]", "&days [*days]"), File);

        Assert.Equal(new LoadError(File, 5, 19, "a working weekday must be a single value, not a list"), Assert.Single(result.Errors));
    }

    [Fact]
    public void Parse_DeepNesting_IsRejected()
    {
        string yaml = "id: " + new string('[', 100) + new string(']', 100) + "\n";

        CalendarParseResult result = CalendarParser.Parse(yaml, File);

        Assert.Equal("the YAML is nested more than 32 levels deep; a calendar needs only a few", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public void Parse_UndefinedAlias_SaysAnchorIsMissing()
    {
        CalendarParseResult result = CalendarParser.Parse(With("name: Test calendar", "name: *nowhere"), File);

        Assert.Equal(
            new LoadError(File, 2, 7, "alias *nowhere refers to no anchor: define &nowhere on an earlier value first"),
            Assert.Single(result.Errors));
    }

    [Fact]
    public void Parse_TabIndentation_PointsAtTheTab()
    {
        CalendarParseResult result = CalendarParser.Parse(With("    holidays:", "\tholidays:"), File);

        Assert.Equal(new LoadError(File, 9, 1, "a tab is used for indentation: indent YAML with spaces only"), Assert.Single(result.Errors));
    }
}
