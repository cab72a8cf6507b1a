namespace OneMatter.Engine.Definitions;

/// <summary>The four families of common matters (共性"一件事").</summary>
public enum MatterFamily
{
    /// <summary>审批: an application leads to a permit or a refusal.</summary>
    Approval,
    /// <summary>监管执法: a report or inspection leads to joint enforcement.</summary>
    Enforcement,
    /// <summary>矛盾纠纷化解: mediation of a dispute.</summary>
    Dispute,
    /// <summary>安全风险防控: inspection, rectification and re-inspection.</summary>
    Safety,
}
