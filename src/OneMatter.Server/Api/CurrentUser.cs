using System.Security.Claims;
using OneMatter.Engine.Commands;
using OneMatter.Server.Accounts;

namespace OneMatter.Server.Api;

/// <summary>The signed-in user as the engine sees them: account id, kind, unit and unit roles.
/// Every command the server submits carries this actor, so the event log attributes each change
/// to a user and unit.</summary>
internal sealed record CurrentUser(string Id, string Role, string? Unit, string? Jurisdiction, IReadOnlyList<string> UnitRoles, string DisplayName)
{
    public static CurrentUser? From(ClaimsPrincipal principal)
    {
        if (principal.Identity?.IsAuthenticated != true || principal.Identity.Name is not { Length: > 0 } name)
        {
            return null;
        }
        var role = Roles.All.FirstOrDefault(principal.IsInRole) ?? "";
        return new CurrentUser(name, role, principal.FindFirstValue(AccountClaims.Unit), principal.FindFirstValue(AccountClaims.Jurisdiction),
            principal.FindAll(AccountClaims.UnitRole).Select(c => c.Value).ToList(), principal.FindFirstValue(AccountClaims.DisplayName) ?? name);
    }

    public Actor Actor => Role switch
    {
        Roles.Officer => new Actor(Id, ActorKind.Officer, Unit, UnitRoles),
        Roles.Supervisor => Actor.Supervisor(Id, Unit ?? ""),
        _ => Actor.ApplicantAccount(Id),
    };
}
