using OneMatter.Engine.Loading;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace OneMatter.Engine.Calendar;

/// <summary>
/// Walks the YAML node model of one calendar file, collecting every problem instead of stopping
/// at the first, so a person fixing the file sees them all in one run.
/// </summary>
internal sealed partial class CalendarReader(string fileName)
{
    /// <summary>The top-level keys, for messages about an empty or malformed file.</summary>
    public const string TopKeysText = "id, name, time-zone, utc-offset, working-weekdays, office-hours and years";

    private static readonly string[] TopKeys = ["id", "name", "time-zone", "utc-offset", "working-weekdays", "office-hours", "years"];

    private readonly List<LoadError> _errors = [];

    /// <summary>Problems found so far, in file order.</summary>
    public IReadOnlyList<LoadError> Errors => [.. _errors.OrderBy(error => error.Line).ThenBy(error => error.Column)];

    /// <summary>Reads the calendar; <c>null</c> when any problem was found.</summary>
    public CalendarDefinition? Read(YamlNode root)
    {
        if (root is YamlScalarNode scalar && IsEmpty(scalar))
        {
            Error(root, "the file is empty: a calendar needs " + TopKeysText);
            return null;
        }

        Dictionary<string, YamlNode>? map = Mapping(root, "the calendar", TopKeys);
        if (map is null)
        {
            return null;
        }

        string? id = map.TryGetValue("id", out YamlNode? node) ? Id(node) : null;
        string? name = map.TryGetValue("name", out node) ? Text(node, "name") : null;
        string? zone = map.TryGetValue("time-zone", out node) ? Text(node, "time-zone") : null;
        TimeSpan? offset = map.TryGetValue("utc-offset", out node) ? Offset(node) : null;
        IReadOnlySet<DayOfWeek>? weekdays = map.TryGetValue("working-weekdays", out node) ? Weekdays(node) : null;
        IReadOnlyList<OfficePeriod>? hours = map.TryGetValue("office-hours", out node) ? OfficeHours(node) : null;
        IReadOnlyDictionary<int, CalendarYear>? years = map.TryGetValue("years", out node) ? Years(node, weekdays) : null;

        if (_errors.Count > 0 || id is null || name is null || zone is null || offset is null
            || weekdays is null || hours is null || years is null)
        {
            return null;
        }

        return new CalendarDefinition
        {
            Id = id,
            Name = name,
            TimeZoneId = zone,
            UtcOffset = offset.Value,
            WorkingWeekdays = weekdays,
            OfficeHours = hours,
            Years = years,
        };
    }

    private string? Id(YamlNode node)
    {
        string? id = Text(node, "id");
        if (id is not null && id.Any(char.IsWhiteSpace))
        {
            Error(node, $"id \"{id}\" must not contain spaces: use hyphens, e.g. cn-mainland");
            return null;
        }

        return id;
    }

    private void Error(YamlNode node, string message) => Error(node.Start, message);

    private void Error(Mark mark, string message) => _errors.Add(YamlShapeCheck.At(fileName, mark, message));
}
