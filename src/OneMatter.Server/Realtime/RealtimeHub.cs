using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;
using OneMatter.Server.Accounts;
using OneMatter.Server.Api;

namespace OneMatter.Server.Realtime;

/// <summary>
/// The real-time channel of the workbench, the status page and the command centre: the server
/// pushes <c>notification</c> and <c>matterChanged</c> messages (see <see cref="RealtimeNotification"/>
/// and <see cref="MatterChanged"/>); clients call nothing.
/// </summary>
/// <remarks>
/// Authorisation is decided once per connection, from the same claims the API reads: the
/// connection is put into the one group its role entitles it to (an officer's unit, an
/// applicant's own account, a supervisor's jurisdiction) and into no other. There is no
/// client-callable method, so a client cannot join another group; every message is addressed
/// to groups only (see <see cref="RealtimeRouter"/>). Other roles are refused.
/// </remarks>
[Authorize]
public sealed class RealtimeHub : Hub
{
    /// <summary>Where the hub is mapped; outside <c>/api</c>, it needs no antiforgery header (it
    /// takes no writes).</summary>
    public const string Path = "/hubs/realtime";

    /// <inheritdoc />
    public override async Task OnConnectedAsync()
    {
        var group = Context.User is { } principal && CurrentUser.From(principal) is { } user ? GroupOf(user) : null;
        if (group is null)
        {
            // Signed in but nothing to receive (designer, admin, an officer without a unit).
            Context.Abort();
            return;
        }
        await Groups.AddToGroupAsync(Context.ConnectionId, group, Context.ConnectionAborted).ConfigureAwait(false);
        await base.OnConnectedAsync().ConfigureAwait(false);
    }

    /// <summary>The one group a user may listen to, or null for none.</summary>
    internal static string? GroupOf(CurrentUser user) => user.Role switch
    {
        Roles.Officer when user.Unit is { Length: > 0 } unit => RealtimeGroups.Unit(unit),
        Roles.Applicant => RealtimeGroups.Applicant(user.Id),
        Roles.Supervisor when user.Jurisdiction is { Length: > 0 } area => RealtimeGroups.Jurisdiction(area),
        _ => null,
    };
}
