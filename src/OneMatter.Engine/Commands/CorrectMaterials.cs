namespace OneMatter.Engine.Commands;

/// <summary>补正: the applicant submits corrected form values, completing their applicant task.</summary>
public sealed record CorrectMaterials : TaskCommand
{
    /// <summary>Changed values by field id.</summary>
    public IReadOnlyDictionary<string, string?> Changes { get; init; } = NoValues.Instance;
}
