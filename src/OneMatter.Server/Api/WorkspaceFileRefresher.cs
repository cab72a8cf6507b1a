namespace OneMatter.Server.Api;

/// <summary>
/// Brings an administrator's edit saved on another server node to this one: every few seconds it
/// reads the newest stored version of each workspace file and switches the engine when one is
/// newer than what this node runs on.
/// </summary>
/// <remarks>
/// Polling rather than a push on each write: the only thing every node is sure to share is the
/// database (Redis is optional and its pub/sub loses messages while a node restarts), edits are
/// rare, and a holiday table a few seconds late changes no deadline that matters. The poll is one
/// small query per node; the switch itself is atomic (<see cref="Engine.Interpreter.MatterEngine.Switch"/>).
/// </remarks>
internal sealed class WorkspaceFileRefresher(WorkspaceFileEditor editor, ILogger<WorkspaceFileRefresher> logger) : BackgroundService
{
    /// <summary>How late another node's edit may arrive here.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
        {
            try
            {
                await editor.RefreshAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // a failed poll (database briefly away, runtime stopping) must not stop the next one
            catch (Exception error)
#pragma warning restore CA1031
            {
                logger.LogWarning(error, "polling the stored workspace files failed; retrying in {Interval}", Interval);
            }
        }
    }
}
