namespace OneMatter.Engine.Calendar;

/// <summary>
/// A block of public holiday days off (法定节假日), e.g. Spring Festival 2026-02-15 to 2026-02-23.
/// Every day from <see cref="From"/> to <see cref="To"/>, both inclusive, is a non-working day,
/// weekday or not.
/// </summary>
public sealed record Holiday
{
    /// <summary>Display name, usually Chinese and English, e.g. "春节 Spring Festival".</summary>
    public required string Name { get; init; }

    /// <summary>First day off.</summary>
    public required DateOnly From { get; init; }

    /// <summary>Last day off (inclusive); never before <see cref="From"/>.</summary>
    public required DateOnly To { get; init; }
}
