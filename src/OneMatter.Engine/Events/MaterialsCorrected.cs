using System.Collections.Immutable;

namespace OneMatter.Engine.Events;

/// <summary>补正: the applicant changed form values.</summary>
public sealed record MaterialsCorrected : MatterEvent
{
    /// <summary>Applicant task.</summary>
    public required string Task { get; init; }
    /// <summary>New values (a value removed is absent from the form afterwards when empty).</summary>
    public required ImmutableDictionary<string, string> Changes { get; init; }
}
