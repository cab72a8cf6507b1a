namespace OneMatter.Engine.Commands;

/// <summary>Close the whole matter (cancel case): everything open is cancelled.</summary>
public sealed record CancelMatter : MatterCommand
{
    /// <summary>Why.</summary>
    public required string Reason { get; init; }
}
