namespace OneMatter.Engine.Events;

/// <summary>A decision node chose its way.</summary>
public sealed record DecisionTaken : MatterEvent
{
    /// <summary>The decision node.</summary>
    public required string Node { get; init; }
    /// <summary>Index of the condition that held; -1 for the default.</summary>
    public required int Condition { get; init; }
    /// <summary>Chosen next node.</summary>
    public required string Next { get; init; }
}
