namespace OneMatter.Engine.Definitions;

/// <summary>When a join lets the token through.</summary>
public enum JoinMode
{
    /// <summary>When every started, not cancelled branch has arrived.</summary>
    All,
    /// <summary>On the first arrival (discriminator); later arrivals are absorbed.</summary>
    Any,
    /// <summary>When <see cref="JoinNode.Count"/> branches have arrived (n-of-m).</summary>
    Count,
}
