namespace OneMatter.Scheduling;

/// <summary>How <see cref="TimerScheduling"/> sets up Hangfire.</summary>
public sealed record TimerSchedulingOptions
{
    /// <summary>A PostgreSQL connection string, so several server nodes share one job queue; null
    /// for Hangfire.InMemory (one process, nothing kept across a restart).</summary>
    public string? PostgreSqlConnectionString { get; init; }

    /// <summary>How often due delayed jobs are moved to the queue. Hangfire's default of 15 s
    /// would make timers fire up to 15 s late; about 1 s keeps them close to their due instant.</summary>
    public TimeSpan SchedulePollingInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Hangfire worker threads; null for Hangfire's default.</summary>
    public int? WorkerCount { get; init; }

    /// <summary>The clock timer jobs check due instants against.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;
}
