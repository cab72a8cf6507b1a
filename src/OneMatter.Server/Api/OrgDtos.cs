namespace OneMatter.Server.Api;

// The org directory and calendars as every signed-in user reads them. Records only, grouped like
// Dtos.cs.

/// <summary>A unit (department, team, committee) that receives work.</summary>
public sealed record UnitDto(string Id, string Name, string? NameEn, string Level, string Kind, string Jurisdiction, string? JurisdictionName,
    string? Parent);

/// <summary>A place: city, county, zone (片区), township or village.</summary>
public sealed record JurisdictionDto(string Id, string Name, string? NameEn, string Level, string? Parent, string? Zone, string? Hub);

/// <summary>A calendar's identity, for the list of calendars.</summary>
public sealed record CalendarSummaryDto(string Id, string Name, string TimeZone, IReadOnlyList<int> Years);

/// <summary>A public holiday block (days off).</summary>
public sealed record HolidayDto(string Name, DateOnly From, DateOnly To);

/// <summary>One year of a working-day calendar: its holidays, swapped working weekend days
/// (调休) and every working day. <c>HasData</c> is false for a year whose schedule is not
/// published yet: its working days are then weekdays only, and deadlines into it are estimated.</summary>
public sealed record CalendarYearDto(string Id, string Name, string TimeZone, IReadOnlyList<string> WorkingWeekdays, IReadOnlyList<string> OfficeHours,
    int Year, bool HasData, IReadOnlyList<HolidayDto> Holidays, IReadOnlyList<DateOnly> SwappedWorkingDays, int WorkingDayCount,
    IReadOnlyList<DateOnly> WorkingDays);
