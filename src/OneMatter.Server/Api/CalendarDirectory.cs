using OneMatter.Engine.Calendar;

namespace OneMatter.Server.Api;

/// <summary>The working-day calendars the running engine counts deadlines on (the same objects,
/// so the API and the engine never disagree about a holiday).</summary>
internal static class CalendarDirectory
{
    public static IReadOnlyDictionary<string, BusinessCalendar> Of(RuntimeHost host)
    {
        ArgumentNullException.ThrowIfNull(host);
        return host.Runtime.Engine.Calendars;
    }
}
