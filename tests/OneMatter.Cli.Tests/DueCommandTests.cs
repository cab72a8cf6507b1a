namespace OneMatter.Cli.Tests;

public class DueCommandTests
{
    [Fact]
    public void Due_SpringFestival2026_MatchesTheWorkedExample()
    {
        var (code, output, error) = Cli.Run("due", "2026-02-13", "5");
        Assert.True(code == 0, error);
        Assert.Contains("2026-02-27 17:30 +08:00", output, StringComparison.Ordinal);
        Assert.DoesNotContain("weekends only", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Due_IntoAYearWithoutData_IsFlagged()
    {
        var (code, output, _) = Cli.Run("due", "2026-12-28", "10");
        Assert.Equal(0, code);
        Assert.Contains("weekends only", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Due_AcceptsDurationsAndUnknownCalendarsFail()
    {
        Assert.Contains("2026-02-16", Cli.Run("due", "2026-02-13T10:00:00+08:00", "3", "days").Output, StringComparison.Ordinal);
        var (code, _, error) = Cli.Run("due", "2026-02-13", "5", "--calendar", "mars");
        Assert.Equal(1, code);
        Assert.Contains("no calendar \"mars\"", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Due_BadInput_ExplainsAndExitsTwo()
    {
        Assert.Equal(2, Cli.Run("due", "tomorrow", "5").Code);
        Assert.Equal(2, Cli.Run("due", "2026-02-13", "5", "fortnights").Code);
        Assert.Equal(2, Cli.Run("due").Code);
    }
}
