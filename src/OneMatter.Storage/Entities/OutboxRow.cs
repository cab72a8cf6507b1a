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
}
