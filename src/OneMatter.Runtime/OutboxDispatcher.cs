using System.Collections.Concurrent;
using System.Threading.Channels;
using OneMatter.Engine.Persistence;

namespace OneMatter.Runtime;

/// <summary>
/// Performs committed effects from the store's outbox through an <see cref="IEffectHandler"/> and
/// marks them done. Rows are claimed under a lease with this dispatcher's
/// <see cref="NodeId"/>, so dispatchers of several processes or server nodes on one database
/// share the outbox and no two of them perform an effect at the same time (a crashed node's
/// claims expire and are taken over). Effects are written in the same transaction as the events that caused them,
/// so a crash after commit loses none: <see cref="DrainAsync"/> on start-up finishes whatever the
/// last process left. While running, the loop drains after every signal from the writer (see
/// <see cref="CommandWriterOptions.Committed"/>) and retries failed effects after
/// <see cref="OutboxDispatcherOptions.RetryInterval"/>.
/// </summary>
public sealed class OutboxDispatcher : IAsyncDisposable
{
    private readonly IMatterStore _store;
    private readonly IEffectHandler _handler;
    private readonly TimeProvider _time;
    private readonly OutboxDispatcherOptions _options;
    // Capacity one, drop when full: any number of signals while a drain runs collapse into one
    // more drain, which reads everything committed meanwhile.
    private readonly Channel<bool> _signals =
        Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });
    private readonly SemaphoreSlim _drainLock = new(1, 1);
    private readonly CancellationTokenSource _stop = new();
    private readonly Lock _reportLock = new();
    private Task? _loop;

    /// <summary>Creates a dispatcher; call <see cref="Start"/> to run its loop, or
    /// <see cref="DrainAsync"/> to drain once.</summary>
    public OutboxDispatcher(IMatterStore store, IEffectHandler handler, TimeProvider? time = null, OutboxDispatcherOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(handler);
        _store = store;
        _handler = handler;
        _time = time ?? TimeProvider.System;
        _options = options ?? new OutboxDispatcherOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(_options.BatchSize, 1, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(_options.Parallelism, 1, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(_options.Lease, TimeSpan.Zero, nameof(options));
        // A fresh id per dispatcher unless configured: two dispatchers must never share one, or
        // each would take the other's claimed rows as its own.
        NodeId = string.IsNullOrEmpty(_options.NodeId)
            ? $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}"
            : _options.NodeId;
    }

    /// <summary>This dispatcher's id in the outbox's claims.</summary>
    public string NodeId { get; }

    /// <summary>Effects that failed in the last drain and are still pending.</summary>
    public int LastFailedCount { get; private set; }

    /// <summary>Tells the loop that new effects were committed. Cheap and never blocks.</summary>
    public void Signal() => _signals.Writer.TryWrite(true);

    /// <summary>Starts the loop; it drains once at once (finishing the outbox left by the last
    /// process) and then after every signal.</summary>
    public void Start()
    {
        _loop ??= Task.Run(() => RunAsync(_stop.Token));
        Signal();
    }

    /// <summary>
    /// Claims pending effects in batches (see <see cref="IMatterStore.ClaimEffectsAsync"/>), performs
    /// them and marks the performed ones done, until nothing claimable is left. Dispatchers on
    /// other nodes claim other instances meanwhile, so each effect is performed by one of them.
    /// Within a batch, different instances are performed in parallel (up to
    /// <see cref="OutboxDispatcherOptions.Parallelism"/>) and each instance's effects in order. A
    /// failing handler leaves its effect pending and skips the later effects of the same instance
    /// (so a timer is not cancelled before it is scheduled), while other instances go on. Returns
    /// how many effects were performed.
    /// </summary>
    public async Task<int> DrainAsync(CancellationToken cancellationToken = default)
    {
        // One drain at a time, or the loop and a start-up drain would perform the same rows twice
        // (both hold this node's claim).
        await _drainLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var skipped = new HashSet<long>();
            var blocked = new HashSet<string>(StringComparer.Ordinal);
            var performed = 0;
            while (true)
            {
                // Rows left pending in this pass are still ours and come back first (oldest
                // first), so claim past them.
                var rows = await _store.ClaimEffectsAsync(NodeId, _options.BatchSize + skipped.Count, _options.Lease, cancellationToken)
                    .ConfigureAwait(false);
                var todo = new List<PendingEffect>(rows.Count);
                foreach (var row in rows)
                {
                    if (skipped.Contains(row.Id))
                    {
                        continue;
                    }
                    if (blocked.Contains(row.Effect.InstanceId))
                    {
                        // A later effect of an instance whose earlier effect failed in this drain.
                        skipped.Add(row.Id);
                        continue;
                    }
                    todo.Add(row);
                }
                if (todo.Count == 0)
                {
                    break;
                }
                var batch = await PerformAsync(todo, cancellationToken).ConfigureAwait(false);
                foreach (var row in batch.Failed)
                {
                    skipped.Add(row.Id);
                    blocked.Add(row.Effect.InstanceId);
                }
                performed += batch.Done;
            }
            LastFailedCount = skipped.Count;
            return performed;
        }
        finally
        {
            _drainLock.Release();
        }
    }

    /// <summary>Performs one claimed batch: instances in parallel, each instance's effects in
    /// order, stopping an instance at its first failure. Marks what was performed done, even
    /// when cancelled half-way, so it is not repeated.</summary>
    private async Task<(int Done, IReadOnlyCollection<PendingEffect> Failed)> PerformAsync(List<PendingEffect> todo, CancellationToken cancellationToken)
    {
        // GroupBy keeps the first-seen order of instances and the order of rows within each.
        var instances = todo.GroupBy(r => r.Effect.InstanceId, StringComparer.Ordinal).ToArray();
        var done = new ConcurrentQueue<long>();
        var failed = new ConcurrentQueue<PendingEffect>();
        var next = -1;
        async Task WorkAsync()
        {
            int index;
            while ((index = Interlocked.Increment(ref next)) < instances.Length)
            {
                cancellationToken.ThrowIfCancellationRequested();
                await PerformInstanceAsync(instances[index], done, failed, cancellationToken).ConfigureAwait(false);
            }
        }
        try
        {
            var workers = Math.Min(_options.Parallelism, instances.Length);
            if (workers == 1)
            {
                await WorkAsync().ConfigureAwait(false);
            }
            else
            {
                // Each worker starts on a thread of its own, not the thread pool: handlers may
                // block (Hangfire's client is synchronous and waits on the database), and
                // several blocked pool threads per node starve everything else that runs on the
                // pool (the writer, the store's I/O completions) until the pool slowly grows.
                // A handler that really awaits continues on the pool, as usual.
                var tasks = new Task[workers];
                for (var i = 0; i < workers; i++)
                {
                    tasks[i] = Task.Factory.StartNew(WorkAsync, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default).Unwrap();
                }
                await Task.WhenAll(tasks).ConfigureAwait(false);
            }
        }
        finally
        {
            if (!done.IsEmpty)
            {
                await _store.MarkEffectsDoneAsync(NodeId, done.ToArray(), CancellationToken.None).ConfigureAwait(false);
            }
        }
        return (done.Count, failed);
    }

    /// <summary>Performs one instance's claimed effects in order, up to the first failure; the
    /// failed effect and every later one of the instance stay pending.</summary>
    private async Task PerformInstanceAsync(IEnumerable<PendingEffect> rows, ConcurrentQueue<long> done, ConcurrentQueue<PendingEffect> failed,
        CancellationToken cancellationToken)
    {
        var stopped = false;
        foreach (var row in rows)
        {
            if (stopped)
            {
                failed.Enqueue(row);
                continue;
            }
            try
            {
                await _handler.HandleAsync(row.Effect.InstanceId, row.Effect, cancellationToken).ConfigureAwait(false);
                done.Enqueue(row.Id);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                throw;
            }
#pragma warning disable CA1031 // A failing effect stays pending for a retry; it must not stop the others.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                stopped = true;
                failed.Enqueue(row);
                Report(row, ex);
            }
        }
    }

    private void Report(PendingEffect? row, Exception ex)
    {
        if (_options.Failed is { } failed)
        {
            // Instances run in parallel; the callback is promised one call at a time.
            lock (_reportLock)
            {
                failed(row, ex);
            }
        }
    }

    /// <summary>Stops the loop (a running effect is cancelled through its token).</summary>
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        if (_loop is { } loop)
        {
            await loop.ConfigureAwait(false);
        }
        _stop.Dispose();
        _drainLock.Dispose();
    }

    private async Task RunAsync(CancellationToken cancellationToken)
    {
        var retry = false;
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                await WaitAsync(retry, cancellationToken).ConfigureAwait(false);
                await DrainAsync(cancellationToken).ConfigureAwait(false);
                retry = LastFailedCount > 0;
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                break;
            }
#pragma warning disable CA1031 // The store may be down for a while; keep the loop and try again later.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                Report(null, ex);
                retry = true;
            }
        }
    }

    /// <summary>Waits for a signal; with failed effects outstanding, at most the retry interval.</summary>
    private async Task WaitAsync(bool retry, CancellationToken cancellationToken)
    {
        if (!retry)
        {
            await _signals.Reader.WaitToReadAsync(cancellationToken).ConfigureAwait(false);
        }
        else
        {
            using var either = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var signalled = _signals.Reader.WaitToReadAsync(either.Token).AsTask();
            var delay = Task.Delay(_options.RetryInterval, _time, either.Token);
            await Task.WhenAny(signalled, delay).ConfigureAwait(false);
            await either.CancelAsync().ConfigureAwait(false);
            cancellationToken.ThrowIfCancellationRequested();
        }
        _signals.Reader.TryRead(out _);
    }
}
