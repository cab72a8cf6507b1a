namespace OneMatter.Server.Benchmarks;

/// <summary>One open review task of a prepared rural-housing matter: who completes it (the demo
/// officer of <paramref name="Unit"/>), with which outcome and fields.</summary>
internal sealed record ReviewTask(string InstanceId, string TaskId, string Node, string Unit, string Outcome, IReadOnlyDictionary<string, string?> Fields);
