namespace OneMatter.Engine.Effects;

/// <summary>The timer is no longer needed (firing it anyway would be a harmless no-op).</summary>
public sealed record CancelTimer : Effect
{
    /// <summary>Timer id.</summary>
    public required string TimerId { get; init; }
}
