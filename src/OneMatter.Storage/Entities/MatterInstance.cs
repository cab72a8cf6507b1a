namespace OneMatter.Storage.Entities;

/// <summary>One matter instance: the columns lists and searches need (its snapshot is a
/// <see cref="SnapshotRow"/>).</summary>
public sealed class MatterInstance
{
    /// <summary>Instance id (receipt number).</summary>
    public required string Id { get; set; }
    /// <summary>Definition id.</summary>
    public required string DefinitionId { get; set; }
    /// <summary>Definition version it runs on.</summary>
    public int DefinitionVersion { get; set; }
    /// <summary>Running or Ended.</summary>
    public required string Status { get; set; }
    /// <summary>How it ended, if it did.</summary>
    public string? Result { get; set; }
    /// <summary>Events appended so far; the optimistic-concurrency token.</summary>
    public long Version { get; set; }
    /// <summary>Hash of the last event: anchors the chain so a deleted tail is detected.</summary>
    public required string ChainHead { get; set; }
    /// <summary>Started, UTC ticks.</summary>
    public long StartedUtcTicks { get; set; }
    /// <summary>Ended, UTC ticks.</summary>
    public long? EndedUtcTicks { get; set; }
    /// <summary>Applicant account.</summary>
    public string? Applicant { get; set; }
    /// <summary>Receipt look-up code.</summary>
    public string? QueryCode { get; set; }
    /// <summary>Jurisdiction id.</summary>
    public string? Jurisdiction { get; set; }
    /// <summary>Concrete lead unit.</summary>
    public string? LeadUnit { get; set; }
    /// <summary>Parent instance (call nodes).</summary>
    public string? Parent { get; set; }
}
