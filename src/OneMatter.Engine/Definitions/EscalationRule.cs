namespace OneMatter.Engine.Definitions;

/// <summary>
/// One step of a deadline policy: at <see cref="Percent"/> of the deadline's working time, do
/// <see cref="Action"/>. Each rule fires at most once per deadline.
/// </summary>
public sealed record EscalationRule
{
    /// <summary>Point of the span, 1–1000 (100 = the due instant; above 100 = after it).</summary>
    public required int Percent { get; init; }

    /// <summary>What to do.</summary>
    public required EscalationAction Action { get; init; }

    /// <summary>The unit told or given the work (supervise, reassign); null = the command centre
    /// for supervise.</summary>
    public string? To { get; init; }

    /// <summary>Document issued when the rule fires (supervise only), e.g. the 督办单
    /// <c>supervision-notice</c>; its template may read <c>supervision</c>.</summary>
    public string? Document { get; init; }

    /// <summary>Where it was declared.</summary>
    public SourceLocation Location { get; init; } = SourceLocation.None;
}
