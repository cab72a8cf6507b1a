namespace OneMatter.Engine.Definitions;

/// <summary>
/// Work the applicant does, typically correcting materials (补正). While it is open and
/// <see cref="PausesClock"/> holds, the legal clock of the matter stops.
/// </summary>
public sealed record ApplicantTaskNode : Node
{
    /// <inheritdoc />
    public override string Kind => "applicant-task";

    /// <summary>Whether the matter's deadlines stop while the applicant works.</summary>
    public bool PausesClock { get; init; } = true;

    /// <summary>Form fields the applicant may change; empty means any.</summary>
    public IReadOnlyList<string> Fields { get; init; } = [];

    /// <summary>Optional boundary timer (e.g. treat as withdrawn after 30 days).</summary>
    public Timeout? Timeout { get; init; }

    /// <summary>Where the token goes after the applicant submits.</summary>
    public required string Next { get; init; }

    /// <inheritdoc />
    public override IEnumerable<string> Successors => Timeout is null ? [Next] : [Next, Timeout.Next];
}
