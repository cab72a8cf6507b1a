using System.Collections.Concurrent;
using Npgsql;
using OneMatter.Engine.Persistence;
using OneMatter.Runtime;
using OneMatter.Storage;

namespace OneMatter.Scheduling.Tests.Support;

/// <summary>
/// One server node of a cluster, in-process: its own PostgreSQL store (its own connection pool),
/// writer, outbox dispatcher with its own node id and Hangfire.PostgreSql server, all on the real
/// clock. Nodes share the matter database and the Hangfire database, nothing else.
/// </summary>
internal sealed class Node : IAsyncDisposable
{
    private Node(string id, IMatterStore store, CommandWriter writer, TimerScheduling scheduling, CountingEffectHandler handler, OutboxDispatcher outbox,
        ConcurrentQueue<string> failures)
    {
        Id = id;
        Store = store;
        Writer = writer;
        Scheduling = scheduling;
        Handler = handler;
        Outbox = outbox;
        Failures = failures;
    }

    public string Id { get; }

    public IMatterStore Store { get; }

    public CommandWriter Writer { get; }

    public TimerScheduling Scheduling { get; }

    public CountingEffectHandler Handler { get; }

    public OutboxDispatcher Outbox { get; }

    /// <summary>Every failure the dispatcher reported.</summary>
    public ConcurrentQueue<string> Failures { get; }

    /// <summary>Starts a node. Start nodes one after the other: each migrates the matter
    /// database and prepares Hangfire's schema on first use.</summary>
    public static async Task<Node> StartAsync(string id, string matters, string hangfire)
    {
        var store = await StoreFactory.OpenAsync(StorageOptions.Postgres(OwnPool(matters, id, 20)), TimeProvider.System);
        OutboxDispatcher? outbox = null;
        var writer = new CommandWriter(store, TimerMatters.Shared.Engine, TimerMatters.Shared.Catalog, TimeProvider.System,
            new CommandWriterOptions { Committed = () => outbox?.Signal() });
        var scheduling = TimerScheduling.Start(writer, new TimerSchedulingOptions
        {
            PostgreSqlConnectionString = OwnPool(hangfire, id, 50),
            // Enough workers that firing 1,000 timers is bound by the writers' group commits.
            WorkerCount = 20,
        });
        var handler = new CountingEffectHandler(scheduling.Handler);
        var failures = new ConcurrentQueue<string>();
        outbox = new OutboxDispatcher(store, handler, TimeProvider.System, new OutboxDispatcherOptions
        {
            NodeId = id,
            RetryInterval = TimeSpan.FromMilliseconds(200),
            Failed = (effect, error) => failures.Enqueue($"{id}: {effect?.Effect.GetType().Name} {effect?.Effect.InstanceId}: {error}"),
        });
        // A node joining a cluster with persistent jobs must not re-schedule what the others
        // already scheduled.
        await scheduling.RescheduleOnStartAsync(store);
        outbox.Start();
        return new Node(id, store, writer, scheduling, handler, outbox, failures);
    }

    public async ValueTask DisposeAsync()
    {
        await Outbox.DisposeAsync();
        // Stop the server before the writer, so no job submits to a closed writer.
        Scheduling.Dispose();
        await Writer.DisposeAsync();
    }

    /// <summary>The connection string with the node's name, so each node gets its own pool as
    /// a separate process would, sized for its users (Hangfire: workers, schedulers and the
    /// dispatcher's parallel job creation) and within the test cluster's 200 connections.</summary>
    private static string OwnPool(string connectionString, string id, int size) =>
        new NpgsqlConnectionStringBuilder(connectionString) { ApplicationName = id, MaxPoolSize = size }.ToString();
}
