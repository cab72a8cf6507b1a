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

    /// <summary>How often an idle Hangfire.PostgreSql worker looks for enqueued jobs (ignored in
    /// memory). Its default of 15 s would let a due timer, once moved to the queue, wait up to
    /// 15 s more for a worker; about 1 s keeps firing close to the due instant at the cost of
    /// one cheap query per worker and second.</summary>
    public TimeSpan QueuePollInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// How many due delayed jobs Hangfire moves to the queue at once
    /// (<c>BackgroundJobServerOptions.MaxDegreeOfParallelismForSchedulers</c>). Only one server of
    /// a cluster runs the delayed-job scheduler at a time, and on PostgreSQL each job it moves
    /// costs a distributed lock and a transaction: one at a time, about 40 jobs/s were measured
    /// on the project's 2-core machine, so 1,000 timers falling due together fired up to 25 s
    /// late; in parallel the due jobs left the schedule within a second or two and the workers
    /// became the limit. Hangfire calls the option experimental, and runs the parallel items on
    /// the thread pool, where they block on the database: keep it small. A storage that cannot
    /// batch the schedule query makes Hangfire log that and move jobs one at a time as before
    /// (Hangfire.PostgreSql 1.21 batches).
    /// </summary>
    public int SchedulerParallelism { get; init; } = 4;

    /// <summary>Hangfire worker threads; null for Hangfire's default.</summary>
    public int? WorkerCount { get; init; }

    /// <summary>The clock timer jobs check due instants against.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>With the in-memory job storage and a store to sweep, how far ahead timers get
    /// Hangfire jobs (see <see cref="TimerHorizon"/>); null to give every timer a job at once.
    /// Ignored for PostgreSQL, whose jobs persist and are shared by nodes.</summary>
    public TimeSpan? Horizon { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>Time between sweeps of the horizon; default a fifth of it.</summary>
    public TimeSpan? SweepInterval { get; init; }
}
