namespace OneMatter.Storage.Entities;

/// <summary>An effect committed with its command, to be performed after commit.</summary>
public sealed class OutboxRow
{
    /// <summary>Store-generated id, ascending in commit order.</summary>
    public long Id { get; set; }
    /// <summary>Instance id.</summary>
    public required string InstanceId { get; set; }
    /// <summary>The effect as JSON with a type discriminator.</summary>
    public required string EffectJson { get; set; }
    /// <summary>Committed, UTC ticks.</summary>
    public long CreatedUtcTicks { get; set; }
    /// <summary>Performed, UTC ticks; null while pending.</summary>
    public long? DoneUtcTicks { get; set; }
    /// <summary>The dispatcher node that claimed it last; null while never claimed. Kept after
    /// the lease ends, so a late "done" from that node still counts unless another node took
    /// the row over.</summary>
    public string? ClaimedBy { get; set; }
    /// <summary>Until when the claim holds, UTC ticks; past it any node may take the row over.</summary>
    public long? ClaimedUntilUtcTicks { get; set; }
}
