using System.Collections.Frozen;
using System.Collections.ObjectModel;
using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace OneMatter.Engine.Calendar;

internal sealed partial class CalendarReader
{
    private static readonly string[] YearKeys = ["holidays", "working-weekends"];
    private static readonly string[] HolidayKeys = ["name", "from", "to"];

    // Every holiday and swapped day read so far, for checks across year blocks.
    private readonly List<(Holiday Holiday, YamlNode Node)> _holidays = [];
    private readonly List<(DateOnly Date, YamlNode Node)> _workingWeekends = [];

    private ReadOnlyDictionary<int, CalendarYear>? Years(YamlNode node, IReadOnlySet<DayOfWeek>? weekdays)
    {
        if (node is not YamlMappingNode mapping)
        {
            Error(node, $"years must be a mapping from year to schedule (2026: ...), not {Describe(node)}");
            return null;
        }

        var years = new SortedDictionary<int, CalendarYear>();
        var firstSeen = new Dictionary<int, Mark>();
        foreach ((YamlNode keyNode, YamlNode value) in mapping.Children)
        {
            string key = (keyNode as YamlScalarNode)?.Value?.Trim() ?? string.Empty;
            if (key.Length != 4 || !int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out int year) || year is < 1901 or > 9998)
            {
                Error(keyNode, $"\"{key}\" is not a year: write a four-digit year such as 2027");
                continue;
            }

            if (!firstSeen.TryAdd(year, keyNode.Start))
            {
                Error(keyNode, $"year {year} appears twice (first at line {firstSeen[year].Line}): merge the two blocks");
                continue;
            }

            if (Year(value, year, weekdays) is { } schedule)
            {
                years[year] = schedule;
            }
        }

        CheckSwappedDaysOutsideHolidays();
        return new ReadOnlyDictionary<int, CalendarYear>(years);
    }

    private CalendarYear? Year(YamlNode node, int year, IReadOnlySet<DayOfWeek>? weekdays)
    {
        Dictionary<string, YamlNode>? map = Mapping(node, $"year {year}", YearKeys);
        if (map is null)
        {
            return null;
        }

        var holidays = new List<(Holiday Holiday, YamlNode Node)>();
        if (map.TryGetValue("holidays", out YamlNode? holidaysNode)
            && Sequence(holidaysNode, $"holidays of {year}", "[{ name: 春节 Spring Festival, from: 2026-02-15, to: 2026-02-23 }] (or [] if none)") is { } holidayList)
        {
            foreach (YamlNode item in holidayList)
            {
                if (ReadHoliday(item, year) is { } holiday)
                {
                    holidays.Add((holiday, item));
                }
            }
        }

        holidays.Sort((a, b) => a.Holiday.From.CompareTo(b.Holiday.From));
        for (int i = 1; i < holidays.Count; i++)
        {
            (Holiday previous, Holiday current) = (holidays[i - 1].Holiday, holidays[i].Holiday);
            if (current.From <= previous.To)
            {
                Error(holidays[i].Node, $"holiday \"{current.Name}\" ({current.From:yyyy-MM-dd} to {current.To:yyyy-MM-dd}) overlaps \"{previous.Name}\" ({previous.From:yyyy-MM-dd} to {previous.To:yyyy-MM-dd})");
            }
        }

        var working = new HashSet<DateOnly>();
        if (map.TryGetValue("working-weekends", out YamlNode? workingNode)
            && Sequence(workingNode, $"working-weekends of {year}", "[2026-02-14, 2026-02-28] (or [] if none)") is { } workingList)
        {
            foreach (YamlNode item in workingList)
            {
                if (WorkingWeekend(item, year, weekdays) is { } date && !working.Add(date))
                {
                    Error(item, $"{date:yyyy-MM-dd} is listed twice in working-weekends of {year}");
                }
            }
        }

        _holidays.AddRange(holidays);
        return new CalendarYear
        {
            Holidays = holidays.Select(holiday => holiday.Holiday).ToList().AsReadOnly(),
            WorkingWeekends = working.ToFrozenSet(),
        };
    }

    private Holiday? ReadHoliday(YamlNode node, int year)
    {
        Dictionary<string, YamlNode>? map = Mapping(node, $"a holiday of {year}", HolidayKeys);
        if (map is null)
        {
            return null;
        }

        string? name = map.TryGetValue("name", out YamlNode? value) ? Text(value, "the holiday name") : null;
        DateOnly? from = map.TryGetValue("from", out YamlNode? fromNode) ? DateIn(fromNode, year, "from") : null;
        DateOnly? to = map.TryGetValue("to", out YamlNode? toNode) ? DateIn(toNode, year, "to") : null;
        if (name is null || from is null || to is null || toNode is null)
        {
            return null;
        }

        if (to < from)
        {
            Error(toNode, $"holiday \"{name}\" ends on {to:yyyy-MM-dd}, before it starts on {from:yyyy-MM-dd}");
            return null;
        }

        return new Holiday { Name = name, From = from.Value, To = to.Value };
    }

    private DateOnly? WorkingWeekend(YamlNode node, int year, IReadOnlySet<DayOfWeek>? weekdays)
    {
        DateOnly? date = DateIn(node, year, "a working weekend");
        if (date is { } day && weekdays is not null && weekdays.Contains(day.DayOfWeek))
        {
            Error(node, $"{day:yyyy-MM-dd} is a {day.DayOfWeek}, already a working day: working-weekends lists only weekend days that are worked (调休上班)");
            return null;
        }

        if (date is { } worked)
        {
            _workingWeekends.Add((worked, node));
        }

        return date;
    }

    // Official notices put a New Year holiday or its swapped day in the neighbouring December or
    // January, so those are accepted; anything further away is a typo in the year.
    private DateOnly? DateIn(YamlNode node, int year, string what)
    {
        DateOnly? date = Date(node, what);
        if (date is { } day && !(day.Year == year || (day.Year == year - 1 && day.Month == 12) || (day.Year == year + 1 && day.Month == 1)))
        {
            Error(node, $"{day:yyyy-MM-dd} is not in {year}: dates under year {year} must fall in {year} (or in the December before or January after, around New Year)");
            return null;
        }

        return date;
    }

    private void CheckSwappedDaysOutsideHolidays()
    {
        foreach ((DateOnly date, YamlNode node) in _workingWeekends)
        {
            foreach ((Holiday holiday, _) in _holidays)
            {
                if (date >= holiday.From && date <= holiday.To)
                {
                    Error(node, $"{date:yyyy-MM-dd} is listed as a working weekend but falls in the holiday \"{holiday.Name}\" ({holiday.From:yyyy-MM-dd} to {holiday.To:yyyy-MM-dd})");
                }
            }
        }
    }
}
