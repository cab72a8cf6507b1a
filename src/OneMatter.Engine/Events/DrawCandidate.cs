namespace OneMatter.Engine.Events;

/// <summary>An inspector candidate of a draw: the id and the unit whose minimum it can meet.
/// Both are needed to re-run the per-unit picks from the event alone.</summary>
public sealed record DrawCandidate
{
    /// <summary>Pool id of the inspector.</summary>
    public required string Id { get; init; }

    /// <summary>The inspector's unit.</summary>
    public required string Unit { get; init; }
}
