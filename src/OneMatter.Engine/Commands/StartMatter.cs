namespace OneMatter.Engine.Commands;

/// <summary>Apply / report: starts a new instance with a validated form.</summary>
public sealed record StartMatter : MatterCommand
{
    /// <summary>The new instance's id (chosen by the caller, e.g. a receipt number).</summary>
    public required string InstanceId { get; init; }

    /// <summary>Form values as submitted, by field id.</summary>
    public IReadOnlyDictionary<string, string?> Form { get; init; } = NoValues.Instance;

    /// <summary>The applicant's account; defaults to the actor for applicants.</summary>
    public string? Applicant { get; init; }

    /// <summary>A random code for receipt look-ups, made by the caller (the engine has no randomness).</summary>
    public string? QueryCode { get; init; }

    /// <summary>Set when a call node of another matter starts this one.</summary>
    public string? Parent { get; init; }
}
