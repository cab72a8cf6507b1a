namespace OneMatter.Storage.Entities;

/// <summary>The effects of one command, committed with it, to be performed after commit in
/// order. One row per command, not per effect: a rural-housing application wrote 26 outbox
/// rows (each an insert into the table and two indexes, later an update) and now writes 8.</summary>
public sealed class OutboxRow
{
    /// <summary>Store-generated id, ascending in commit order.</summary>
    public long Id { get; set; }
    /// <summary>Instance id.</summary>
    public required string InstanceId { get; set; }
    /// <summary>The effects as a JSON array, each with a type discriminator (rows written
    /// before one row held a command's effects hold one effect as a JSON object).</summary>
    public required string EffectJson { get; set; }
    /// <summary>How many effects the row holds.</summary>
    public int EffectCount { get; set; } = 1;
    /// <summary>How many of them, from the first, are performed; the row is done
    /// (<see cref="DoneUtcTicks"/>) when all are.</summary>
    public int Performed { get; set; }
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
