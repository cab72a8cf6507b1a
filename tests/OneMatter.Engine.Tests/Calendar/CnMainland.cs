using System.Globalization;
using OneMatter.Engine.Calendar;

namespace OneMatter.Engine.Tests.Calendar;

/// <summary>The real workflows/calendars/cn-mainland.yaml, loaded once for all tests.</summary>
internal static class CnMainland
{
    public const string FileName = "workflows/calendars/cn-mainland.yaml";

    private static readonly Lazy<BusinessCalendar> Loaded = new(Load);

    public static BusinessCalendar Calendar => Loaded.Value;

    public static string YamlText => RepositoryFiles.ReadText(FileName);

    /// <summary>An instant from ISO 8601 text with an explicit offset, e.g. "2026-02-13T09:00+08:00".</summary>
    public static DateTimeOffset At(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture);

    private static BusinessCalendar Load()
    {
        CalendarParseResult result = CalendarParser.Parse(YamlText, FileName);
        if (result.Calendar is null)
        {
            throw new InvalidOperationException("cn-mainland.yaml does not load:\n" + string.Join('\n', result.Errors));
        }

        return new BusinessCalendar(result.Calendar);
    }
}
