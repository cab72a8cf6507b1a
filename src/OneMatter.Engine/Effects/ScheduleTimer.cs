namespace OneMatter.Engine.Effects;

/// <summary>Run <c>FireTimer(TimerId)</c> at <see cref="Due"/> (UTC).</summary>
public sealed record ScheduleTimer : Effect
{
    /// <summary>Timer id.</summary>
    public required string TimerId { get; init; }
    /// <summary>When (UTC).</summary>
    public required DateTimeOffset Due { get; init; }
}
