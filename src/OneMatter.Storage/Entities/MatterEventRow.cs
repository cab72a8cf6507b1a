namespace OneMatter.Storage.Entities;

/// <summary>One event of an instance's append-only log, chained by hash to the one before.</summary>
public sealed class MatterEventRow
{
    /// <summary>Instance id.</summary>
    public required string InstanceId { get; set; }
    /// <summary>1-based position in the instance's log.</summary>
    public long Sequence { get; set; }
    /// <summary>The event's type discriminator.</summary>
    public required string Type { get; set; }
    /// <summary>The event as canonical JSON (what the hash covers).</summary>
    public required string Json { get; set; }
    /// <summary>The account that caused it.</summary>
    public required string Actor { get; set; }
    /// <summary>The actor's unit.</summary>
    public string? Unit { get; set; }
    /// <summary>When, UTC ticks.</summary>
    public long AtUtcTicks { get; set; }
    /// <summary>SHA-256 hex over <see cref="PreviousHash"/> and <see cref="Json"/>.</summary>
    public required string Hash { get; set; }
    /// <summary>The previous event's hash; empty for the first.</summary>
    public required string PreviousHash { get; set; }
}
