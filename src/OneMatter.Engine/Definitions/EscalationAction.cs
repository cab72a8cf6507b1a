namespace OneMatter.Engine.Definitions;

/// <summary>What happens when a deadline reaches a point of its span.</summary>
public enum EscalationAction
{
    /// <summary>预警: a warning to the holder.</summary>
    Warn,
    /// <summary>超期: the item is marked overdue and the holder told.</summary>
    Overdue,
    /// <summary>督办: formal supervision opened at the command centre (or the given unit).</summary>
    Supervise,
    /// <summary>Reallocation: the open work moves to the given unit.</summary>
    Reassign,
}
