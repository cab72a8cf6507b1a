using System.Globalization;
using OneMatter.Engine.Organisation;

namespace OneMatter.Server.Api;

/// <summary>The org directory and the working-day calendars, readable by every signed-in user:
/// the workbench picks transfer targets and signers from the units, the command centre filters by
/// place, and every face explains deadlines with the calendar. Administrators edit them through
/// <see cref="WorkspaceFileEndpoints"/>; these read the running engine's directory, so an edit shows
/// here at once (and on other nodes within a poll).</summary>
internal static class OrgEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var org = app.MapGroup("/api/org").WithTags("Org").RequireAuthorization();
        org.MapGet("/units", Units);
        org.MapGet("/jurisdictions", Jurisdictions);
        var calendars = app.MapGroup("/api/calendars").WithTags("Org").RequireAuthorization();
        calendars.MapGet("/", (RuntimeHost host) =>
            TypedResults.Ok(CalendarDirectory.Of(host).Values.OrderBy(c => c.Definition.Id, StringComparer.Ordinal)
                .Select(c => new CalendarSummaryDto(c.Definition.Id, c.Definition.Name, c.Definition.TimeZoneId, c.Definition.Years.Keys.Order().ToList()))
                .ToList()));
        calendars.MapGet("/{calendarId}", Calendar);
    }

    /// <summary>Units, optionally of one kind and serving within one place (the place itself or
    /// anywhere inside it: <c>changshan</c> gives every unit of the county).</summary>
    private static IResult Units(RuntimeHost host, string? kind, string? jurisdiction)
    {
        var directory = host.Runtime.Engine.Org;
        if (jurisdiction is not null && directory.FindJurisdiction(jurisdiction) is null)
        {
            return Problems.BadRequest($"no jurisdiction \"{jurisdiction}\"", "jurisdiction");
        }
        var units = directory.Units
            .Where(u => kind is null || u.Kind == kind)
            .Where(u => jurisdiction is null || directory.Contains(jurisdiction, u.Jurisdiction))
            .OrderBy(u => u.Level).ThenBy(u => u.Id, StringComparer.Ordinal)
            .Select(u => new UnitDto(u.Id, u.Name, u.NameEn, u.Level.ToString().ToLowerInvariant(), u.Kind, u.Jurisdiction,
                directory.FindJurisdiction(u.Jurisdiction)?.Name, u.Parent))
            .ToList();
        return TypedResults.Ok(units);
    }

    /// <summary>Places, optionally of one level (city, county, zone, township, village) or with one parent.</summary>
    private static IResult Jurisdictions(RuntimeHost host, string? level, string? parent)
    {
        OrgLevel? wanted = null;
        if (level is not null)
        {
            if (!Enum.TryParse<OrgLevel>(level, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed))
            {
                return Problems.BadRequest("level must be one of city, county, zone, township, village", "level");
            }
            wanted = parsed;
        }
        var places = host.Runtime.Engine.Org.Jurisdictions
            .Where(j => wanted is null || j.Level == wanted)
            .Where(j => parent is null || j.Parent == parent || j.Zone == parent)
            .OrderBy(j => j.Level).ThenBy(j => j.Id, StringComparer.Ordinal)
            .Select(j => new JurisdictionDto(j.Id, j.Name, j.NameEn, j.Level.ToString().ToLowerInvariant(), j.Parent, j.Zone, j.Hub))
            .ToList();
        return TypedResults.Ok(places);
    }

    /// <summary>One year of a calendar (default: this year in the calendar's zone).</summary>
    private static IResult Calendar(string calendarId, int? year, RuntimeHost host, TimeProvider time)
    {
        if (!CalendarDirectory.Of(host).TryGetValue(calendarId, out var calendar))
        {
            return Problems.NotFound($"没有工作日历 {calendarId} (no calendar {calendarId})");
        }
        var y = year ?? calendar.ToLocal(time.GetUtcNow()).Year;
        if (y is < 1900 or > 2200)
        {
            return Problems.BadRequest("year must be between 1900 and 2200", "year");
        }
        var definition = calendar.Definition;
        var data = definition.Years.GetValueOrDefault(y);
        var first = new DateOnly(y, 1, 1);
        var days = Enumerable.Range(0, DateTime.IsLeapYear(y) ? 366 : 365).Select(first.AddDays).Where(calendar.IsWorkingDay).ToList();
        return TypedResults.Ok(new CalendarYearDto(definition.Id, definition.Name, definition.TimeZoneId,
            definition.WorkingWeekdays.Order().Select(d => d.ToString().ToLowerInvariant()).ToList(),
            definition.OfficeHours.OrderBy(p => p.Start).Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Start:HH\\:mm}-{p.End:HH\\:mm}")).ToList(),
            y, calendar.HasDataFor(y),
            data?.Holidays.OrderBy(h => h.From).Select(h => new HolidayDto(h.Name, h.From, h.To)).ToList() ?? [],
            data?.WorkingWeekends.Order().ToList() ?? [], days.Count, days));
    }
}
