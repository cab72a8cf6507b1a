namespace OneMatter.Storage.Entities;

/// <summary>A client idempotency key of an applied command and the answer it got.</summary>
public sealed class IdempotencyRow
{
    /// <summary>The client's key.</summary>
    public required string Key { get; set; }
    /// <summary>The instance the command changed.</summary>
    public required string InstanceId { get; set; }
    /// <summary>Who sent it.</summary>
    public required string ActorId { get; set; }
    /// <summary>The sender's unit.</summary>
    public string? ActorUnit { get; set; }
    /// <summary>The answer as JSON.</summary>
    public required string ResultJson { get; set; }
    /// <summary>Recorded, UTC ticks.</summary>
    public long CreatedUtcTicks { get; set; }
}
