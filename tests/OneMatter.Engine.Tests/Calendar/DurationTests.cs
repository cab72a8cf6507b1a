using OneMatter.Engine.Definitions;

namespace OneMatter.Engine.Tests.Calendar;

public class DurationTests
{
    [Theory]
    [InlineData("15 working days", 15, DurationUnit.WorkingDays)]
    [InlineData("1 working day", 1, DurationUnit.WorkingDays)]
    [InlineData("  15   Working   DAYS ", 15, DurationUnit.WorkingDays)]
    [InlineData("3 days", 3, DurationUnit.CalendarDays)]
    [InlineData("1 day", 1, DurationUnit.CalendarDays)]
    [InlineData("3 calendar days", 3, DurationUnit.CalendarDays)]
    [InlineData("4 working hours", 4, DurationUnit.WorkingHours)]
    [InlineData("1 working hour", 1, DurationUnit.WorkingHours)]
    [InlineData("2 hours", 2, DurationUnit.Hours)]
    [InlineData("1.5 hours", 1.5, DurationUnit.Hours)]
    [InlineData("0.5 working hours", 0.5, DurationUnit.WorkingHours)]
    [InlineData("15个工作日", 15, DurationUnit.WorkingDays)]
    [InlineData("15工作日", 15, DurationUnit.WorkingDays)]
    [InlineData("15 个 工作日", 15, DurationUnit.WorkingDays)]
    [InlineData("3天", 3, DurationUnit.CalendarDays)]
    [InlineData("3自然日", 3, DurationUnit.CalendarDays)]
    [InlineData("4工作小时", 4, DurationUnit.WorkingHours)]
    [InlineData("2小时", 2, DurationUnit.Hours)]
    [InlineData("2个小时", 2, DurationUnit.Hours)]
    public void TryParse_AcceptedForm_ReadsAmountAndUnit(string text, double amount, DurationUnit unit)
    {
        Assert.True(Duration.TryParse(text, out Duration duration, out string error));
        Assert.Equal(new Duration((decimal)amount, unit), duration);
        Assert.Equal(string.Empty, error);
    }

    [Theory]
    [InlineData("15 workdays", "\"15 workdays\" is not a duration: write it like \"15 working days\", \"3 days\", \"4 working hours\" or \"2 hours\"")]
    [InlineData("days", "\"days\" is not a duration: write it like \"15 working days\", \"3 days\", \"4 working hours\" or \"2 hours\"")]
    [InlineData("15", "\"15\" is not a duration: write it like \"15 working days\", \"3 days\", \"4 working hours\" or \"2 hours\"")]
    [InlineData("15workingdays", "\"15workingdays\" is not a duration: write it like \"15 working days\", \"3 days\", \"4 working hours\" or \"2 hours\"")]
    [InlineData("15工作天", "\"15工作天\" is not a duration: write it like \"15个工作日\", \"3天\", \"4工作小时\" or \"2小时\"")]
    [InlineData("0 days", "\"0 days\" is not a duration: the amount must be greater than zero")]
    [InlineData("-3 working days", "\"-3 working days\" is not a duration: the amount must be greater than zero")]
    [InlineData("1.5 working days", "\"1.5 working days\" is not a duration: working days are counted whole, so write a whole number like \"2 working days\" (or use working hours for part of a day)")]
    [InlineData("2.5天", "\"2.5天\" is not a duration: calendar days are counted whole, so write a whole number like \"2 days\" (or use hours for part of a day)")]
    [InlineData("200000 hours", "\"200000 hours\" is not a duration: the amount can be at most 100000")]
    [InlineData("", "a duration is required: write it like \"15 working days\", \"3 days\", \"4 working hours\" or \"2 hours\"")]
    [InlineData(null, "a duration is required: write it like \"15 working days\", \"3 days\", \"4 working hours\" or \"2 hours\"")]
    public void TryParse_RejectedForm_ExplainsHowToWriteIt(string? text, string expected)
    {
        Assert.False(Duration.TryParse(text, out Duration duration, out string error));
        Assert.Equal(expected, error);
        Assert.Equal(default, duration);
    }

    [Theory]
    [InlineData("15个工作日", "15 working days")]
    [InlineData("1 working day", "1 working day")]
    [InlineData("3天", "3 calendar days")]
    [InlineData("1 day", "1 calendar day")]
    [InlineData("4工作小时", "4 working hours")]
    [InlineData("1.50 hours", "1.5 hours")]
    [InlineData("1 hour", "1 hour")]
    public void ToString_ParsedDuration_IsCanonicalAndReadsBack(string text, string canonical)
    {
        Assert.True(Duration.TryParse(text, out Duration duration, out _));

        Assert.Equal(canonical, duration.ToString());
        Assert.True(Duration.TryParse(duration.ToString(), out Duration again, out _));
        Assert.Equal(duration, again);
    }
}
