using System.Threading.Channels;
using OneMatter.Engine.Persistence;

namespace OneMatter.Runtime;

/// <summary>
/// Performs committed effects from the store's outbox through an <see cref="IEffectHandler"/> and
/// marks them done. Effects are written in the same transaction as the events that caused them,
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
    }

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
    /// Performs every pending effect, oldest first, and marks the performed ones done. A failing
    /// handler leaves its effect pending and skips the later effects of the same instance (so an
    /// instance's effects keep their order, e.g. a timer is not cancelled before it is scheduled),
    /// while other instances go on. Returns how many effects were performed.
    /// </summary>
    public async Task<int> DrainAsync(CancellationToken cancellationToken = default)
    {
        // One drain at a time, or the loop and a start-up drain would perform the same rows twice.
        await _drainLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var skipped = new HashSet<long>();
            var blocked = new HashSet<string>(StringComparer.Ordinal);
            var performed = 0;
            while (true)
            {
                // Rows left pending in this pass come back first (oldest first), so read past them.
                var rows = await _store.PendingEffectsAsync(_options.BatchSize + skipped.Count, cancellationToken).ConfigureAwait(false);
                var todo = rows.Where(r => !skipped.Contains(r.Id)).ToList();
                if (todo.Count == 0)
                {
                    break;
                }
                var done = new List<long>(todo.Count);
                try
                {
                    foreach (var row in todo)
                    {
                        if (blocked.Contains(row.Effect.InstanceId))
                        {
                            skipped.Add(row.Id);
                            continue;
                        }
                        try
                        {
                            await _handler.HandleAsync(row.Effect.InstanceId, row.Effect, cancellationToken).ConfigureAwait(false);
                            done.Add(row.Id);
                        }
                        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
                        {
                            throw;
                        }
#pragma warning disable CA1031 // A failing effect stays pending for a retry; it must not stop the others.
                        catch (Exception ex)
#pragma warning restore CA1031
                        {
                            skipped.Add(row.Id);
                            blocked.Add(row.Effect.InstanceId);
                            _options.Failed?.Invoke(row, ex);
                        }
                    }
                }
                finally
                {
                    // Mark what was performed even when cancelled half-way, so it is not repeated.
                    if (done.Count > 0)
                    {
                        await _store.MarkEffectsDoneAsync(done, CancellationToken.None).ConfigureAwait(false);
                    }
                }
                performed += done.Count;
            }
            LastFailedCount = skipped.Count;
            return performed;
        }
        finally
        {
            _drainLock.Release();
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
                _options.Failed?.Invoke(null, ex);
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
