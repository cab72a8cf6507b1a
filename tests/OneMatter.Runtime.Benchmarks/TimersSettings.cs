namespace OneMatter.Runtime.Benchmarks;

/// <summary>What <c>--timers</c> measures with: how many far-future and near-due timers, when the
/// near-due ones fall due after their start, and the Hangfire worker count of the runtimes.</summary>
/// <param name="FarFuture">Rural-housing instances waiting at acceptance (deadline timers days away).</param>
/// <param name="NearDue">Instances of the small extra definitions, falling due after the restart.</param>
/// <param name="InFlight">Commands in flight while filling.</param>
/// <param name="Lead">How long after its start the first near-due timer falls due: it must cover the
/// shutdown and the restart, so every near-due timer falls due after the restart finished.</param>
/// <param name="Window">Over how long after the lead the near-due timers fall due.</param>
/// <param name="TimerWorkers">Hangfire worker threads (RuntimeOptions.TimerWorkerCount); null for Hangfire's default.</param>
internal sealed record TimersSettings(int FarFuture, int NearDue, int InFlight, TimeSpan Lead, TimeSpan Window, int? TimerWorkers);
