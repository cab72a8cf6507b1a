using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using OneMatter.Engine.Calendar;

namespace OneMatter.Server.Api;

/// <summary>
/// The working-day calendars of the workflows folder, parsed once per folder. The runtime's engine
/// holds the same calendars privately (<c>MatterEngine</c> exposes its org directory but not its
/// calendars), so the server reads <c>workflows/calendars/*.yaml</c> the way the workspace loader
/// does; a calendar with errors is left out, exactly as the loader leaves it out of the engine.
/// </summary>
internal static class CalendarDirectory
{
    private static readonly ConcurrentDictionary<string, IReadOnlyDictionary<string, BusinessCalendar>> Loaded = new(StringComparer.Ordinal);

    public static IReadOnlyDictionary<string, BusinessCalendar> Of(IOptions<ServerSettings> settings, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(environment);
        return Loaded.GetOrAdd(RepositoryLayout.Workflows(settings.Value, environment.ContentRootPath), Load);
    }

    private static Dictionary<string, BusinessCalendar> Load(string workflows)
    {
        var calendars = new Dictionary<string, BusinessCalendar>(StringComparer.Ordinal);
        var folder = Path.Combine(workflows, "calendars");
        if (!Directory.Exists(folder))
        {
            return calendars;
        }
        foreach (var path in Directory.GetFiles(folder, "*.yaml").Order(StringComparer.Ordinal))
        {
            var result = CalendarParser.Parse(File.ReadAllText(path), path);
            if (result.Calendar is { } definition && result.Errors.Count == 0)
            {
                calendars.TryAdd(definition.Id, new BusinessCalendar(definition));
            }
        }
        return calendars;
    }
}
