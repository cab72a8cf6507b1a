using OneMatter.Engine.Instances;

namespace OneMatter.Engine.Persistence;

/// <summary>A timer of an instance's latest snapshot, to be scheduled.</summary>
/// <param name="InstanceId">The instance.</param>
/// <param name="TimerId">The timer id within it.</param>
/// <param name="Kind">Why it exists.</param>
/// <param name="Due">When it falls due (UTC).</param>
public sealed record PendingTimer(string InstanceId, string TimerId, TimerKind Kind, DateTimeOffset Due);
