using OneMatter.Engine.Loading;

namespace OneMatter.Engine.Calendar;

/// <summary>The outcome of <see cref="CalendarParser.Parse"/>: a calendar, or every problem found.</summary>
public sealed record CalendarParseResult
{
    /// <summary>The calendar read; <c>null</c> exactly when <see cref="Errors"/> is not empty.</summary>
    public CalendarDefinition? Calendar { get; init; }

    /// <summary>All problems found, in file order, each with file, line and column.</summary>
    public required IReadOnlyList<LoadError> Errors { get; init; }
}
