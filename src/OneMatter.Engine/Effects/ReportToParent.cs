using OneMatter.Engine.Definitions;

namespace OneMatter.Engine.Effects;

/// <summary>A child matter ended: the parent's call node must hear it
/// (<c>CompleteCall</c> on <see cref="ParentInstanceId"/>).</summary>
public sealed record ReportToParent : Effect
{
    /// <summary>The parent instance.</summary>
    public required string ParentInstanceId { get; init; }
    /// <summary>The result.</summary>
    public required EndResult Result { get; init; }
}
