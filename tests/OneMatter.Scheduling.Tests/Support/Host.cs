using OneMatter.Engine.Commands;
using OneMatter.Engine.Events;
using OneMatter.Engine.Instances;
using OneMatter.Engine.Persistence;
using OneMatter.Runtime;

namespace OneMatter.Scheduling.Tests.Support;

/// <summary>
/// One "process": a real SQLite store, the real writer, the outbox dispatcher and Hangfire
/// (in memory, a real BackgroundJobServer polling every second), all on the real clock.
/// Disposing it is a stop; a new host on the same database is a restart.
/// </summary>
internal sealed class Host : IAsyncDisposable
{
    private Host(IMatterStore store, CommandWriter writer, TimerScheduling scheduling, OutboxDispatcher outbox)
    {
        Store = store;
        Writer = writer;
        Scheduling = scheduling;
        Outbox = outbox;
    }

    public IMatterStore Store { get; }

    public CommandWriter Writer { get; }

    public TimerScheduling Scheduling { get; }

    public OutboxDispatcher Outbox { get; }

    /// <param name="database">The SQLite file.</param>
    /// <param name="reschedule">Re-schedule every pending timer before the outbox starts.</param>
    /// <param name="horizon">Keep jobs only for timers within this horizon (swept every
    /// <paramref name="sweep"/>); null for a job per timer.</param>
    /// <param name="sweep">Time between sweeps of the horizon.</param>
    public static async Task<Host> StartAsync(TempDatabase database, bool reschedule = false, TimeSpan? horizon = null, TimeSpan? sweep = null)
    {
        var store = await database.OpenAsync(TimeProvider.System);
        OutboxDispatcher? outbox = null;
        var writer = new CommandWriter(store, TimerMatters.Shared.Engine, TimerMatters.Shared.Catalog, TimeProvider.System,
            new CommandWriterOptions { Committed = () => outbox?.Signal() });
        var scheduling = TimerScheduling.Start(writer, new TimerSchedulingOptions { WorkerCount = 4, Horizon = horizon, SweepInterval = sweep },
            store: horizon is null ? null : store);
        outbox = new OutboxDispatcher(store, scheduling.Handler, TimeProvider.System,
            new OutboxDispatcherOptions { RetryInterval = TimeSpan.FromMilliseconds(100) });
        if (reschedule)
        {
            await scheduling.RescheduleOnStartAsync(store);
        }
        outbox.Start();
        return new Host(store, writer, scheduling, outbox);
    }

    public async Task<CommandOutcome> StartMatterAsync(string definition, string instanceId)
    {
        var outcome = await Writer.StartAsync(new StartMatter { Actor = Actor.ApplicantAccount("applicant"), InstanceId = instanceId }, definition);
        Assert.True(outcome.Applied, outcome.Rejection?.ToString());
        return outcome;
    }

    public async Task<List<T>> EventsOfAsync<T>(string instanceId) where T : MatterEvent =>
        (await Store.EventsAsync(instanceId)).OfType<T>().ToList();

    /// <summary>Polls the event log until <paramref name="done"/> holds or the timeout passes.</summary>
    public async Task<bool> WaitForAsync(string instanceId, Func<IReadOnlyList<MatterEvent>, bool> done, TimeSpan timeout)
    {
        var until = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < until)
        {
            if (done(await Store.EventsAsync(instanceId)))
            {
                return true;
            }
            await Task.Delay(100);
        }
        return done(await Store.EventsAsync(instanceId));
    }

    /// <summary>Polls until <paramref name="done"/> holds or the timeout passes.</summary>
    public static async Task<bool> WaitUntilAsync(Func<bool> done, TimeSpan timeout)
    {
        var until = DateTime.UtcNow + timeout;
        while (!done() && DateTime.UtcNow < until)
        {
            await Task.Delay(50);
        }
        return done();
    }

    public async ValueTask DisposeAsync()
    {
        await Outbox.DisposeAsync();
        // Stop the server before the writer, so no job submits to a closed writer.
        Scheduling.Dispose();
        await Writer.DisposeAsync();
    }
}
