using System.Globalization;
using System.Security.Claims;
using OneMatter.Engine.Calendar;
using OneMatter.Server.Accounts;
using OneMatter.Storage.Entities;

namespace OneMatter.Server.Api;

internal static partial class SupervisionEndpoints
{
    /// <summary>The most days a trend covers: a leap year.</summary>
    public const int MaxTrendDays = 366;

    /// <summary><c>GET /api/supervision/trend?days=&amp;unit=&amp;jurisdiction=</c>: one entry per day of China
    /// time, oldest first, ending today (<see cref="SupervisionTrend"/>), within the supervisor's
    /// jurisdiction as <c>units</c> scopes it. Two queries, then folded in memory.</summary>
    private static async Task<IResult> TrendAsync(ClaimsPrincipal principal, RuntimeHost host, TimeProvider time,
        string? days, string? unit, string? jurisdiction, CancellationToken cancellationToken)
    {
        var user = CurrentUser.From(principal)!;
        if (Scope(user, jurisdiction, host) is not { } scope)
        {
            return Problems.BadRequest($"jurisdiction \"{jurisdiction}\" is unknown or outside yours", "jurisdiction");
        }
        var count = 30;
        if (days is not null && (!int.TryParse(days, NumberStyles.None, CultureInfo.InvariantCulture, out count) || count is < 1 or > MaxTrendDays))
        {
            return Problems.BadRequest($"days must be a whole number from 1 to {MaxTrendDays}", "days");
        }
        if (unit is not null && host.Runtime.Engine.Org.FindUnit(unit) is null)
        {
            return Problems.BadRequest($"unit \"{unit}\" is unknown", "unit");
        }
        var now = time.GetUtcNow();
        var (instances, events) = await Reads(host).LiveSinceAsync(scope.Places, SupervisionTrend.WindowStart(now, count), cancellationToken)
            .ConfigureAwait(false);
        var calendars = CalendarDirectory.Of(host);
        BusinessCalendar? CalendarOf(MatterInstance i) =>
            host.Runtime.Catalog.Find(i.DefinitionId, i.DefinitionVersion) is { } d ? calendars.GetValueOrDefault(d.Calendar) : null;
        return TypedResults.Ok(SupervisionTrend.Compute(instances, events, CalendarOf, unit, now, count));
    }
}
