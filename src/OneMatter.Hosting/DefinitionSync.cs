using System.Globalization;
using OneMatter.Engine.Loading;
using OneMatter.Engine.Persistence;
using OneMatter.Runtime;

namespace OneMatter.Hosting;

/// <summary>
/// Keeps this node's catalog in step with versions published and retirements recorded through
/// another node sharing the database: every few seconds it reads which versions exist (ids and
/// numbers only), loads the ones it lacks and applies the retired flags.
/// </summary>
/// <remarks>
/// Why polling and not a notification: the store is the only thing nodes surely share (Redis is
/// optional), a publication is rare, and a few seconds before node B offers a version node A just
/// published is harmless — an instance started on A with it is decided on B only after B has it,
/// because a catalog miss catches up at once (<see cref="CatchUpOnMiss"/>).
/// </remarks>
internal sealed class DefinitionSync : IAsyncDisposable
{
    private readonly IDefinitionStore _store;
    private readonly IMatterStore _matters;
    private readonly DefinitionCatalog _catalog;
    private readonly Func<LoadContext> _context;
    private readonly Action<string>? _report;
    private readonly CancellationTokenSource _stop = new();
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Task _loop;

    public DefinitionSync(IDefinitionStore store, IMatterStore matters, DefinitionCatalog catalog, Func<LoadContext> context, TimeSpan interval,
        Action<string>? report)
    {
        _store = store;
        _matters = matters;
        _catalog = catalog;
        _context = context;
        _report = report;
        _loop = interval > TimeSpan.Zero ? RunAsync(interval) : Task.CompletedTask;
    }

    /// <summary>Loads every published version the catalog lacks and applies retirements; returns
    /// how many versions were added. Safe to call from several threads.</summary>
    public async Task<int> CatchUpAsync(CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var added = 0;
            foreach (var (id, version) in await _store.PublishedVersionKeysAsync(cancellationToken).ConfigureAwait(false))
            {
                if (_catalog.Contains(id, version))
                {
                    continue;
                }
                var stored = await _matters.DefinitionVersionAsync(id, version, cancellationToken).ConfigureAwait(false);
                if (stored is null)
                {
                    continue;
                }
                var context = _context();
                context = context with { Matters = (context.Matters ?? new HashSet<string>(StringComparer.Ordinal)).Append(id).ToHashSet(StringComparer.Ordinal) };
                var result = DefinitionLoader.Load(stored.Yaml, id + ".yaml", context);
                if (result.Definition is { } loaded)
                {
                    _catalog.Add(loaded with { Version = version });
                    added++;
                }
                else
                {
                    _report?.Invoke(string.Create(CultureInfo.InvariantCulture, $"published {id} v{version} skipped: {string.Join("; ", result.Errors)}"));
                }
            }
            foreach (var head in await _store.DefinitionHeadsAsync(cancellationToken).ConfigureAwait(false))
            {
                _catalog.SetRetired(head.Id, head.Retired);
            }
            return added;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>For <see cref="DefinitionCatalog.Missing"/>: a command for an instance started on
    /// another node with a version published there moments ago. Blocks the caller (the writer) for
    /// one small query; it happens once per version and node.</summary>
    public void CatchUpOnMiss(string id, int version)
    {
        try
        {
            CatchUpAsync(_stop.Token).GetAwaiter().GetResult();
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            _report?.Invoke($"definition sync for {id} v{version} failed: {error.Message}");
        }
    }

    private async Task RunAsync(TimeSpan interval)
    {
        using var timer = new PeriodicTimer(interval);
        try
        {
            while (await timer.WaitForNextTickAsync(_stop.Token).ConfigureAwait(false))
            {
                try
                {
                    await CatchUpAsync(_stop.Token).ConfigureAwait(false);
                }
                catch (Exception error) when (error is not OperationCanceledException)
                {
                    _report?.Invoke("definition sync failed: " + error.Message); // next tick tries again
                }
            }
        }
        catch (OperationCanceledException)
        {
            // stopping
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        await _loop.ConfigureAwait(false);
        _stop.Dispose();
        _gate.Dispose();
    }
}
