namespace OneMatter.Storage.Entities;

/// <summary>The mutable state of one definition id: the working draft and retirement. Kept apart
/// from <see cref="DefinitionVersion"/>, whose rows never change.</summary>
public sealed class DefinitionHeadRow
{
    /// <summary>Definition id.</summary>
    public required string Id { get; set; }
    /// <summary>The working draft, or null.</summary>
    public string? DraftYaml { get; set; }
    /// <summary>Who saved the draft.</summary>
    public string? DraftBy { get; set; }
    /// <summary>When the draft was saved, UTC ticks.</summary>
    public long? DraftUtcTicks { get; set; }
    /// <summary>Whether new applications are refused.</summary>
    public bool Retired { get; set; }
    /// <summary>Who retired it.</summary>
    public string? RetiredBy { get; set; }
    /// <summary>When, UTC ticks.</summary>
    public long? RetiredUtcTicks { get; set; }
}
