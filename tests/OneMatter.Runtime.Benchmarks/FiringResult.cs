using OneMatter.Engine.Events;

namespace OneMatter.Runtime.Benchmarks;

/// <summary>What <c>--timers</c> saw after the restart: the <c>TimerElapsed</c> events of every
/// near-due instance that fired (more than one means it fired twice), and the largest Hangfire
/// queue and processing counts sampled while waiting.</summary>
internal sealed record FiringResult(IReadOnlyDictionary<string, IReadOnlyList<TimerElapsed>> Fired, long MaxEnqueued, long MaxProcessing);
