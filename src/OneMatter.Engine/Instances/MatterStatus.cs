namespace OneMatter.Engine.Instances;

/// <summary>Whether a matter instance is still being handled.</summary>
public enum MatterStatus
{
    /// <summary>在办.</summary>
    Running,
    /// <summary>办结: ended with a result.</summary>
    Ended,
}
