namespace OneMatter.Engine.Definitions;

/// <summary>A named edge out of a task (受理, 补正, 不予受理, 通过, 驳回 …).</summary>
public sealed record Outcome
{
    /// <summary>Id the officer chooses, e.g. <c>accept</c>.</summary>
    public required string Id { get; init; }

    /// <summary>Chinese label for the button.</summary>
    public string? Label { get; init; }

    /// <summary>English label.</summary>
    public string? LabelEn { get; init; }

    /// <summary>The node it leads to.</summary>
    public required string Next { get; init; }

    /// <summary>Guard: the outcome may be chosen only while it is true.</summary>
    public Condition? When { get; init; }

    /// <summary>Documents issued when the outcome is taken (e.g. the acceptance receipt).</summary>
    public IReadOnlyList<string> Documents { get; init; } = [];

    /// <summary>Where it was declared.</summary>
    public SourceLocation Location { get; init; } = SourceLocation.None;
}
