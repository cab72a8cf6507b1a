using System.Collections.Frozen;
using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace OneMatter.Engine.Calendar;

internal sealed partial class CalendarReader
{
    private static readonly FrozenDictionary<string, DayOfWeek> WeekdayNames = new Dictionary<string, DayOfWeek>
    {
        ["mon"] = DayOfWeek.Monday, ["monday"] = DayOfWeek.Monday,
        ["tue"] = DayOfWeek.Tuesday, ["tuesday"] = DayOfWeek.Tuesday,
        ["wed"] = DayOfWeek.Wednesday, ["wednesday"] = DayOfWeek.Wednesday,
        ["thu"] = DayOfWeek.Thursday, ["thursday"] = DayOfWeek.Thursday,
        ["fri"] = DayOfWeek.Friday, ["friday"] = DayOfWeek.Friday,
        ["sat"] = DayOfWeek.Saturday, ["saturday"] = DayOfWeek.Saturday,
        ["sun"] = DayOfWeek.Sunday, ["sunday"] = DayOfWeek.Sunday,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly string[] TimeFormats = ["HH:mm", "H:mm"];

    private TimeSpan? Offset(YamlNode node)
    {
        string? text = Text(node, "utc-offset");
        if (text is null)
        {
            return null;
        }

        // Strictly "+hh:mm" or "-hh:mm", so "8" or "+8" cannot be misread as minutes or days.
        if (text.Length == 6 && (text[0] is '+' or '-') && text[3] == ':'
            && TimeSpan.TryParseExact(text[1..], @"hh\:mm", CultureInfo.InvariantCulture, out TimeSpan offset)
            && offset <= TimeSpan.FromHours(14))
        {
            return text[0] == '-' ? -offset : offset;
        }

        Error(node, $"\"{text}\" is not a UTC offset: write it like \"+08:00\" (between -14:00 and +14:00)");
        return null;
    }

    private FrozenSet<DayOfWeek>? Weekdays(YamlNode node)
    {
        YamlSequenceNode? list = Sequence(node, "working-weekdays", "[mon, tue, wed, thu, fri]");
        if (list is null)
        {
            return null;
        }

        var days = new HashSet<DayOfWeek>();
        bool valid = true;
        foreach (YamlNode item in list)
        {
            string? text = Text(item, "a working weekday");
            if (text is null || !WeekdayNames.TryGetValue(text, out DayOfWeek day))
            {
                if (text is not null)
                {
                    Error(item, $"\"{text}\" is not a weekday: write mon, tue, wed, thu, fri, sat or sun");
                }

                valid = false;
            }
            else if (!days.Add(day))
            {
                Error(item, $"\"{text}\" is listed twice in working-weekdays");
            }
        }

        if (valid && days.Count == 0)
        {
            Error(node, "working-weekdays lists no day: at least one weekday must be worked, e.g. [mon, tue, wed, thu, fri]");
        }

        return valid && days.Count > 0 ? days.ToFrozenSet() : null;
    }

    private IReadOnlyList<OfficePeriod>? OfficeHours(YamlNode node)
    {
        YamlSequenceNode? list = Sequence(node, "office-hours", "[\"08:30-12:00\", \"14:00-17:30\"]");
        if (list is null)
        {
            return null;
        }

        var periods = new List<(OfficePeriod Period, YamlNode Node)>();
        foreach (YamlNode item in list)
        {
            if (ReadOfficePeriod(item) is { } period)
            {
                periods.Add((period, item));
            }
        }

        if (list.Children.Count == 0)
        {
            Error(node, "office-hours lists no period: write e.g. [\"08:30-12:00\", \"14:00-17:30\"]");
        }

        periods.Sort((a, b) => a.Period.Start.CompareTo(b.Period.Start));
        for (int i = 1; i < periods.Count; i++)
        {
            if (periods[i].Period.Start < periods[i - 1].Period.End)
            {
                Error(periods[i].Node, $"office period \"{Show(periods[i].Period)}\" overlaps \"{Show(periods[i - 1].Period)}\"");
            }
        }

        return periods.Select(period => period.Period).ToList().AsReadOnly();
    }

    private OfficePeriod? ReadOfficePeriod(YamlNode node)
    {
        string? text = Text(node, "an office period");
        if (text is null)
        {
            return null;
        }

        string[] parts = text.Split('-', StringSplitOptions.TrimEntries);
        if (parts.Length != 2
            || !TimeOnly.TryParseExact(parts[0], TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out TimeOnly start)
            || !TimeOnly.TryParseExact(parts[1], TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out TimeOnly end))
        {
            Error(node, $"\"{text}\" is not an office period: write it as \"08:30-12:00\" (24-hour clock, start-end, 00:00 to 23:59)");
            return null;
        }

        if (end <= start)
        {
            Error(node, $"office period \"{text}\" ends before it starts: a period cannot run past midnight");
            return null;
        }

        return new OfficePeriod { Start = start, End = end };
    }

    private DateOnly? Date(YamlNode node, string what)
    {
        string? text = Text(node, what);
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly date))
        {
            return date;
        }

        bool shaped = text.Length == 10 && text[4] == '-' && text[7] == '-' && text.Remove(7, 1).Remove(4, 1).All(char.IsAsciiDigit);
        Error(node, shaped
            ? $"\"{text}\" is not a real date: there is no such day"
            : $"\"{text}\" is not a date: write dates as yyyy-mm-dd, e.g. 2026-02-14");
        return null;
    }

    private static string Show(OfficePeriod period) =>
        string.Create(CultureInfo.InvariantCulture, $"{period.Start:HH:mm}-{period.End:HH:mm}");
}
