using Hangfire;
using Hangfire.InMemory;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using OneMatter.Engine.Persistence;
using OneMatter.Runtime;

namespace OneMatter.Scheduling;

/// <summary>
/// Hangfire for timers, put together: the job storage (in memory by default, PostgreSQL when a
/// connection string is given), the client, the <see cref="TimerJobScheduler"/>, the effect
/// handler and a <see cref="BackgroundJobServer"/> polling for due jobs (and, on PostgreSQL, for
/// enqueued ones) about every second. Disposing stops the server.
/// </summary>
/// <remarks>
/// Nothing here touches Hangfire's global configuration: the storage, activator and server are
/// passed explicitly, so two instances (a restart in a test, two nodes) do not share state.
/// </remarks>
public sealed class TimerScheduling : IDisposable
{
    private readonly BackgroundJobServer _server;

    private TimerScheduling(JobStorage storage, IBackgroundJobClient client, TimerJobScheduler scheduler,
        TimerEffectHandler handler, TimerJobActivator activator, BackgroundJobServer server, TimerHorizon? horizon)
    {
        HorizonOrNull = horizon;
        Storage = storage;
        Client = client;
        Scheduler = scheduler;
        Handler = handler;
        Activator = activator;
        _server = server;
    }

    /// <summary>Hangfire's job storage.</summary>
    public JobStorage Storage { get; }

    /// <summary>The client jobs are created through.</summary>
    public IBackgroundJobClient Client { get; }

    /// <summary>Creates and deletes timer jobs.</summary>
    public TimerJobScheduler Scheduler { get; }

    /// <summary>The effect handler for the outbox dispatcher.</summary>
    public TimerEffectHandler Handler { get; }

    /// <summary>The horizon beyond which timers wait in the store, or null when every timer
    /// has a job (persistent storage, or no store given).</summary>
    public TimerHorizon? HorizonOrNull { get; }

    /// <summary>Builds <see cref="TimerJob"/> for the server.</summary>
    public TimerJobActivator Activator { get; }

    /// <summary>The job that the server runs (also callable directly).</summary>
    public TimerJob Job => Activator.Job;

    /// <summary>Sets up storage, client and handler and starts the server.</summary>
    /// <param name="writer">Where timer jobs submit <c>FireTimer</c>.</param>
    /// <param name="options">Storage and polling; defaults (in memory, 1 s) when null.</param>
    /// <param name="inner">The handler for effects that are not about timers; null to ignore them.</param>
    /// <param name="store">The store whose pending timers the horizon sweeps (in-memory storage
    /// only); null to give every timer a job at once.</param>
    public static TimerScheduling Start(CommandWriter writer, TimerSchedulingOptions? options = null, IEffectHandler? inner = null,
        IMatterStore? store = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        options ??= new TimerSchedulingOptions();
        var storage = CreateStorage(options);
        var client = new BackgroundJobClient(storage);
        var scheduler = new TimerJobScheduler(client, options.Time);
        TimerHorizon? horizon = null;
        if (store is not null && storage is InMemoryStorage && options.Horizon is { } ahead)
        {
            horizon = new TimerHorizon(store, scheduler, options.Time, ahead);
            horizon.Start(options.SweepInterval ?? ahead / 5);
        }
        var handler = new TimerEffectHandler(scheduler, inner, horizon);
        var activator = new TimerJobActivator(writer, scheduler, options.Time);
        var serverOptions = new BackgroundJobServerOptions
        {
            SchedulePollingInterval = options.SchedulePollingInterval,
            Activator = activator,
            MaxDegreeOfParallelismForSchedulers = options.SchedulerParallelism,
        };
        if (options.WorkerCount is { } workers)
        {
            serverOptions.WorkerCount = workers;
        }
        var server = new BackgroundJobServer(serverOptions, storage);
        return new TimerScheduling(storage, client, scheduler, handler, activator, server, horizon);
    }

    /// <summary>
    /// Whether every pending timer must be re-scheduled when the process starts: true for the
    /// in-memory job storage, which starts empty; false for PostgreSQL, whose jobs survive a
    /// restart. Re-scheduling there would only duplicate the surviving jobs, and every node
    /// that starts would add another copy of each.
    /// </summary>
    public bool NeedsRescheduleOnStart => Storage is InMemoryStorage;

    /// <summary>A re-scheduler over this scheduler, to run once at start-up (see
    /// <see cref="RescheduleOnStartAsync"/>, which runs it only when needed).</summary>
    /// <param name="store">Where pending timers are read.</param>
    public TimerRescheduler Rescheduler(IMatterStore store) =>
        // The in-memory storage applies every write on one dispatcher thread: creating jobs from
        // several threads only adds contention (measured: one thread is faster for 100,000).
        new(store, Scheduler, Storage is InMemoryStorage ? 1 : null);

    /// <summary>Re-schedules every pending timer when <see cref="NeedsRescheduleOnStart"/>, else
    /// does nothing; returns how many timers were scheduled. Call once at start-up.</summary>
    /// <param name="store">Where pending timers are read.</param>
    /// <param name="cancellationToken">Stops reading and scheduling.</param>
    public Task<int> RescheduleOnStartAsync(IMatterStore store, CancellationToken cancellationToken = default) =>
        !NeedsRescheduleOnStart ? Task.FromResult(0)
        // With a horizon only the near future needs jobs: one indexed read, a few hundred jobs.
        : HorizonOrNull is { } horizon ? horizon.SweepAsync(cancellationToken)
        : Rescheduler(store).RescheduleAllAsync(cancellationToken);

    /// <summary>Stops the server, waiting for running jobs.</summary>
    public void Dispose()
    {
        // The sweep loop only waits on a periodic timer; it ends at once when cancelled.
        HorizonOrNull?.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _server.SendStop();
        _server.Dispose();
        (Storage as IDisposable)?.Dispose();
    }

    private static JobStorage CreateStorage(TimerSchedulingOptions options)
    {
        if (string.IsNullOrEmpty(options.PostgreSqlConnectionString))
        {
            // Long ids are cheaper to make and compare than the default GUID strings: a restart
            // creates one job per pending timer, 100,000 and more.
            return new InMemoryStorage(new InMemoryStorageOptions { IdType = InMemoryStorageIdType.Long });
        }
        var storageOptions = new PostgreSqlStorageOptions
        {
            PrepareSchemaIfNecessary = true,
            QueuePollInterval = options.QueuePollInterval,
        };
        return new PostgreSqlStorage(new NpgsqlConnectionFactory(options.PostgreSqlConnectionString, storageOptions), storageOptions);
    }
}
