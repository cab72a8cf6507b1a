using OneMatter.Engine.Instances;

namespace OneMatter.Engine.Events;

/// <summary>补正: the applicant changed form values.</summary>
public sealed record MaterialsCorrected : MatterEvent
{
    /// <summary>Applicant task.</summary>
    public required string Task { get; init; }
    /// <summary>New values (a value removed is absent from the form afterwards when empty).</summary>
    public required ValueMap<string> Changes { get; init; }
}
