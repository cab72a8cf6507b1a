namespace OneMatter.Engine.Tests.Calendar;

/// <summary>A small valid calendar that parser tests break in one place at a time.</summary>
internal static class CalendarYaml
{
    public const string Valid = """
        id: test
        name: Test calendar
        time-zone: Asia/Shanghai
        utc-offset: "+08:00"
        working-weekdays: [mon, tue, wed, thu, fri]
        office-hours: ["08:30-12:00", "14:00-17:30"]
        years:
          2026:
            holidays:
              - { name: 春节 Spring Festival, from: 2026-02-15, to: 2026-02-23 }
            working-weekends: [2026-02-14, 2026-02-28]

        """;

    /// <summary><see cref="Valid"/> with one exact piece of text replaced; fails if the piece is not there.</summary>
    public static string With(string oldText, string newText)
    {
        if (!Valid.Contains(oldText, StringComparison.Ordinal))
        {
            throw new ArgumentException($"'{oldText}' is not in the valid calendar.", nameof(oldText));
        }

        return Valid.Replace(oldText, newText, StringComparison.Ordinal);
    }
}
