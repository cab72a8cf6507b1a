namespace OneMatter.Engine.Definitions;

/// <summary>
/// A field of the applicant form or of a task's own form. Values travel as canonical strings
/// (numbers in invariant culture, dates as <c>yyyy-MM-dd</c>, several values joined by <c>;</c>)
/// and are typed by this declaration when expressions read them.
/// </summary>
public sealed record FormField
{
    /// <summary>Id used in expressions (<c>form.floor_area</c>).</summary>
    public required string Id { get; init; }

    /// <summary>Chinese label.</summary>
    public required string Label { get; init; }

    /// <summary>English label.</summary>
    public string? LabelEn { get; init; }

    /// <summary>The value's kind.</summary>
    public FieldType Type { get; init; } = FieldType.Text;

    /// <summary>Whether a value must be given.</summary>
    public bool Required { get; init; }

    /// <summary>Lower bound: the value for numbers, the length for text (dates use
    /// <see cref="MinDate"/>).</summary>
    public decimal? Min { get; init; }

    /// <summary>Upper bound: value for numbers, length for text.</summary>
    public decimal? Max { get; init; }

    /// <summary>Earliest allowed date.</summary>
    public DateOnly? MinDate { get; init; }

    /// <summary>Latest allowed date.</summary>
    public DateOnly? MaxDate { get; init; }

    /// <summary>A .NET regular expression the whole text must match.</summary>
    public string? Pattern { get; init; }

    /// <summary>Allowed values of a choice field.</summary>
    public IReadOnlyList<FieldOption> Options { get; init; } = [];

    /// <summary>Whether a choice or file field takes several values.</summary>
    public bool Multiple { get; init; }

    /// <summary>For jurisdiction fields: the level the value must have (township, village…).</summary>
    public string? Level { get; init; }

    /// <summary>Where it was declared.</summary>
    public SourceLocation Location { get; init; } = SourceLocation.None;
}
