using Microsoft.AspNetCore.SignalR;
using OneMatter.Engine.Effects;
using OneMatter.Engine.Instances;
using OneMatter.Hosting;

namespace OneMatter.Server.Realtime;

/// <summary>
/// Sends the notifications queued by <see cref="RealtimeEffects"/> to the hub's groups, plus one
/// <see cref="MatterChanged"/> per matter and batch. Attaches <see cref="RealtimeEffects"/> to
/// the runtime's outbox when it starts (after <see cref="RuntimeHost"/>, registered before it).
/// </summary>
/// <remarks>
/// Routing needs the matter's applicant, jurisdiction and open work, which a Notify does not
/// carry: the current state is taken off the writer's path (see <see cref="CurrentStateAsync"/>). Failures are logged
/// and the loop goes on; a push is a hint, the store is the record.
/// </remarks>
public sealed class RealtimePublisher : BackgroundService
{
    /// <summary>Most notifications sent per batch; a burst is coalesced into one change per matter.</summary>
    private const int BatchSize = 256;

    private readonly RuntimeHost _host;
    private readonly RealtimeEffects _effects;
    private readonly IHubContext<RealtimeHub> _hub;
    private readonly ILogger<RealtimePublisher> _logger;

    /// <summary>Created by DI.</summary>
    public RealtimePublisher(RuntimeHost host, RealtimeEffects effects, IHubContext<RealtimeHub> hub, ILogger<RealtimePublisher> logger)
    {
        _host = host;
        _effects = effects;
        _hub = hub;
        _logger = logger;
    }

    /// <inheritdoc />
    public override Task StartAsync(CancellationToken cancellationToken)
    {
        _host.Runtime.ForwardEffectsTo(_effects);
        return base.StartAsync(cancellationToken);
    }

    /// <inheritdoc />
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        // The runtime may already be stopped by the host (it stops in reverse order: this first).
        try
        {
            _host.Runtime.ForwardEffectsTo(null);
        }
        catch (InvalidOperationException)
        {
            // not started or already stopped: nothing to detach
        }
        await base.StopAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var batch = new List<(string InstanceId, Notify Notify)>(BatchSize);
        try
        {
            while (await _effects.Reader.WaitToReadAsync(stoppingToken).ConfigureAwait(false))
            {
                batch.Clear();
                while (batch.Count < BatchSize && _effects.Reader.TryRead(out var item))
                {
                    batch.Add(item);
                }
                foreach (var matter in batch.GroupBy(b => b.InstanceId, StringComparer.Ordinal))
                {
                    await PublishAsync(matter.Key, matter.Select(m => m.Notify).ToList(), stoppingToken).ConfigureAwait(false);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // stopping
        }
    }

    /// <summary>The matter as it is now: the state this node's writer just committed when the
    /// store's version says it is still the newest (the usual case, one indexed read), else
    /// loaded and folded from the store (another node wrote since, or it left the small cache).
    /// Loading every time was a tenth of the server's CPU under a load of completions.</summary>
    private async Task<MatterState?> CurrentStateAsync(OneMatterRuntime runtime, string instanceId, CancellationToken cancellationToken)
    {
        if (await _host.Reads.VersionAsync(instanceId, cancellationToken).ConfigureAwait(false) is not { } version)
        {
            return null;
        }
        return runtime.Writer.Committed.At(instanceId, version)
            ?? (await runtime.Store.LoadAsync(instanceId, cancellationToken).ConfigureAwait(false))?.State;
    }

    private async Task PublishAsync(string instanceId, List<Notify> notifications, CancellationToken cancellationToken)
    {
        try
        {
            var runtime = _host.Runtime;
            var state = await CurrentStateAsync(runtime, instanceId, cancellationToken).ConfigureAwait(false);
            var org = runtime.Engine.Org;
            foreach (var notify in notifications)
            {
                var message = RealtimeRouter.Notification(instanceId, notify, state, runtime.Catalog);
                await _hub.Clients.Groups(RealtimeRouter.NotificationGroups(notify, state, org))
                    .SendAsync("notification", message, cancellationToken).ConfigureAwait(false);
            }
            if (state is not null)
            {
                var notified = notifications.Where(n => n.Recipient == RecipientKind.Unit).Select(n => n.To);
                await _hub.Clients.Groups(RealtimeRouter.ChangeGroups(state, notified))
                    .SendAsync("matterChanged", RealtimeRouter.Changed(state), cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // A failed push (backplane down, store busy) must not stop later ones.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            _logger.LogWarning(ex, "Real-time messages for {Instance} not sent", instanceId);
        }
    }
}
