namespace OneMatter.Engine.Effects;

/// <summary>What a notification is about.</summary>
public enum NotificationKind
{
    /// <summary>交办: new work for a unit.</summary>
    Handoff,
    /// <summary>预警.</summary>
    Warning,
    /// <summary>超期.</summary>
    Overdue,
    /// <summary>督办.</summary>
    Supervision,
    /// <summary>催办.</summary>
    Urge,
    /// <summary>A message from a notify node.</summary>
    Message,
    /// <summary>The matter's status changed (for the applicant).</summary>
    Status,
}
