using System.Threading.Channels;
using OneMatter.Engine.Commands;
using OneMatter.Engine.Definitions;
using OneMatter.Engine.Instances;
using OneMatter.Engine.Interpreter;
using OneMatter.Engine.Persistence;

namespace OneMatter.Runtime;

/// <summary>
/// The single writer of one database. Callers submit commands; one loop takes up to
/// <see cref="CommandWriterOptions.MaxGroupSize"/> queued commands at a time, decides each with
/// the pure <see cref="MatterEngine"/> and writes every applied one in ONE
/// <see cref="IMatterStore.CommitAsync"/> (group commit). A caller's task completes only after
/// that commit returned, so an acknowledged command is durable.
/// </summary>
/// <remarks>
/// Why one writer: SQLite admits one writer at a time and more writers only contend, while a
/// transaction holding a hundred changes costs little more than one holding a single change (the
/// fsync dominates). Serialising through a queue turns contention into batching. Several writers
/// on one database (several nodes on PostgreSQL) stay correct through the store's version check:
/// a conflicting group is re-decided against the new state and committed again.
/// </remarks>
public sealed partial class CommandWriter : IAsyncDisposable
{
    private readonly IMatterStore _store;
    private readonly MatterEngine _engine;
    private readonly IDefinitionSource _definitions;
    private readonly TimeProvider _time;
    private readonly CommandWriterOptions _options;
    private readonly Channel<PendingCommand> _queue =
        Channel.CreateUnbounded<PendingCommand>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = false });
    private readonly SnapshotCache _cache;
    private readonly Task _loop;

    /// <summary>Creates the writer and starts its loop.</summary>
    /// <param name="store">The database; this writer should be the only one in this process.</param>
    /// <param name="engine">The interpreter.</param>
    /// <param name="definitions">Where definitions are found by (id, version).</param>
    /// <param name="time">The clock commands are decided at (one instant per group).</param>
    /// <param name="options">Tuning; defaults when null.</param>
    public CommandWriter(IMatterStore store, MatterEngine engine, IDefinitionSource definitions, TimeProvider time, CommandWriterOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(definitions);
        ArgumentNullException.ThrowIfNull(time);
        _store = store;
        _engine = engine;
        _definitions = definitions;
        _time = time;
        _options = options ?? new CommandWriterOptions();
        if (_options.MaxGroupSize < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), "MaxGroupSize must be at least 1.");
        }
        _cache = new SnapshotCache(_options.SnapshotCacheSize);
        _loop = Task.Run(RunAsync);
    }

    /// <summary>
    /// Queues a command for an existing instance and completes when it is decided and, if
    /// applied, durable. A rejected or ignored command completes with its rejection; an error that
    /// concerns only this command (unknown definition, a failing load) faults the task; a failing
    /// commit faults every command of the group. Cancelling <paramref name="cancellationToken"/>
    /// stops the wait, not the command: once queued it may still be applied.
    /// </summary>
    /// <param name="command">The command. Use <see cref="StartAsync"/> for <see cref="StartMatter"/>.</param>
    /// <param name="instanceId">The instance it is for.</param>
    /// <param name="idempotencyKey">The client's key: a key already applied returns the first outcome and changes nothing.</param>
    /// <param name="cancellationToken">Stops waiting.</param>
    public Task<CommandOutcome> SubmitAsync(MatterCommand command, string instanceId, string? idempotencyKey = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentException.ThrowIfNullOrEmpty(instanceId);
        if (command is StartMatter)
        {
            // A start needs a definition to start on, which only StartAsync is told.
            throw new ArgumentException("Submit a StartMatter through StartAsync, which names the definition.", nameof(command));
        }
        return EnqueueAsync(new PendingCommand(command, instanceId, idempotencyKey, null, null), cancellationToken);
    }

    /// <summary>Queues the start of a new instance on a definition (the latest version unless one
    /// is named); otherwise like <see cref="SubmitAsync"/>.</summary>
    /// <param name="command">The start command; its <see cref="StartMatter.InstanceId"/> is the new instance.</param>
    /// <param name="definitionId">The definition to start.</param>
    /// <param name="definitionVersion">A published version, or null for the latest.</param>
    /// <param name="idempotencyKey">The client's key, as for <see cref="SubmitAsync"/>.</param>
    /// <param name="cancellationToken">Stops waiting.</param>
    public Task<CommandOutcome> StartAsync(StartMatter command, string definitionId, int? definitionVersion = null, string? idempotencyKey = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentException.ThrowIfNullOrEmpty(definitionId);
        return EnqueueAsync(new PendingCommand(command, command.InstanceId, idempotencyKey, definitionId, definitionVersion), cancellationToken);
    }

    /// <summary>Stops taking commands, finishes the queued ones and ends the loop.</summary>
    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _loop.ConfigureAwait(false);
    }

    private async Task<CommandOutcome> EnqueueAsync(PendingCommand pending, CancellationToken cancellationToken)
    {
        if (!_queue.Writer.TryWrite(pending))
        {
            throw new ObjectDisposedException(nameof(CommandWriter));
        }
        return await pending.Completion.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    private long _groups;
    private long _commands;

    /// <summary>The states this writer committed last, for readers off its path (e.g. the
    /// server's real-time routing) that check the version against the store.</summary>
    public CommittedStates Committed { get; } = new(4_096);

    /// <summary>Groups processed so far (each one transaction, unless all of it was duplicates).</summary>
    public long Groups => Interlocked.Read(ref _groups);

    /// <summary>Commands processed so far; divided by <see cref="Groups"/>, the mean group size,
    /// which says how well the queue batches the load it gets.</summary>
    public long Commands => Interlocked.Read(ref _commands);

    private async Task RunAsync()
    {
        var group = new List<PendingCommand>(_options.MaxGroupSize);
        while (await _queue.Reader.WaitToReadAsync().ConfigureAwait(false))
        {
            // Whatever queued up while the previous commit was in flight goes into this group:
            // under load groups grow by themselves, when idle a lone command commits at once.
            group.Clear();
            while (group.Count < _options.MaxGroupSize && _queue.Reader.TryRead(out var pending))
            {
                group.Add(pending);
            }
            Interlocked.Increment(ref _groups);
            Interlocked.Add(ref _commands, group.Count);
            try
            {
                await ProcessGroupAsync(group).ConfigureAwait(false);
            }
#pragma warning disable CA1031 // Last resort: a bug here must neither kill the loop nor leave callers waiting forever.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                foreach (var pending in group)
                {
                    pending.Completion.TrySetException(ex);
                }
            }
        }
    }

    private async Task ProcessGroupAsync(List<PendingCommand> group)
    {
        var now = _time.GetUtcNow();
        var (active, duplicates) = await SettleKnownKeysAsync(group).ConfigureAwait(false);
        var decisions = await DecideAndCommitAsync(active, now).ConfigureAwait(false);
        if (decisions is null)
        {
            // The commit failed for another reason than a conflict: every command has been failed
            // with the error; nothing was acknowledged and nothing was cached.
            CompleteDuplicates(duplicates);
            return;
        }
        // Durable now. Only committed states enter the cache, in command order so the last wins.
        var wroteEffects = false;
        foreach (var pending in active)
        {
            if (decisions.TryGetValue(pending, out var decision) && decision.Change is { } change)
            {
                _cache.Put(change.NewState);
                Committed.Put(change.NewState);
                wroteEffects |= change.Effects.Count > 0;
            }
        }
        foreach (var pending in active)
        {
            if (!decisions.TryGetValue(pending, out var decision))
            {
                continue; // already failed (too many conflicts)
            }
            if (decision.Error is { } error)
            {
                pending.Completion.TrySetException(error);
            }
            else
            {
                pending.Completion.TrySetResult(decision.Outcome!);
            }
        }
        CompleteDuplicates(duplicates);
        if (wroteEffects)
        {
            _options.Committed?.Invoke();
        }
    }
}
