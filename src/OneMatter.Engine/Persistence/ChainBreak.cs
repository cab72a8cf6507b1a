namespace OneMatter.Engine.Persistence;

/// <summary>A place where an instance's event log does not verify.</summary>
/// <param name="InstanceId">The instance.</param>
/// <param name="Sequence">The first event found wrong (for a missing tail, the last one expected).</param>
/// <param name="Reason">What is wrong, in words.</param>
public sealed record ChainBreak(string InstanceId, long Sequence, string Reason);
