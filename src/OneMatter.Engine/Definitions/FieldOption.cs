namespace OneMatter.Engine.Definitions;

/// <summary>One allowed value of a choice field.</summary>
public sealed record FieldOption
{
    /// <summary>The stored value.</summary>
    public required string Value { get; init; }

    /// <summary>Chinese label.</summary>
    public required string Label { get; init; }

    /// <summary>English label, if given.</summary>
    public string? LabelEn { get; init; }
}
