namespace OneMatter.Engine.Definitions;

/// <summary>Waits for a duration on the matter's calendar (e.g. the 5-working-day village
/// public notice, 公示) or until the instant a date expression gives.</summary>
public sealed record TimerNode : Node
{
    /// <inheritdoc />
    public override string Kind => "timer";

    /// <summary>How long to wait; exactly one of this and <see cref="Until"/> is set.</summary>
    public Duration? Duration { get; init; }

    /// <summary>A date or date-time expression; a date means the start of that local day.</summary>
    public Condition? Until { get; init; }

    /// <summary>Where the token goes when the timer fires.</summary>
    public required string Next { get; init; }

    /// <inheritdoc />
    public override IEnumerable<string> Successors => [Next];
}
