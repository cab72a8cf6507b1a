namespace OneMatter.Engine.Effects;

/// <summary>Who a notification is for.</summary>
public enum RecipientKind
{
    /// <summary>A unit's workbench.</summary>
    Unit,
    /// <summary>The applicant.</summary>
    Applicant,
}
