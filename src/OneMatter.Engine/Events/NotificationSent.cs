namespace OneMatter.Engine.Events;

/// <summary>A notify node sent a message (抄送).</summary>
public sealed record NotificationSent : MatterEvent
{
    /// <summary>The node.</summary>
    public required string Node { get; init; }
    /// <summary>Recipient: applicant or a unit id.</summary>
    public required string To { get; init; }
    /// <summary>The rendered message.</summary>
    public required string Message { get; init; }
}
