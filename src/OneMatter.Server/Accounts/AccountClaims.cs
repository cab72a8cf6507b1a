using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace OneMatter.Server.Accounts;

/// <summary>
/// Puts an account's unit, unit roles, jurisdiction and display name into its sign-in (cookie or
/// bearer token), so authorisation decisions read claims rather than the accounts table.
/// </summary>
public sealed class AccountClaims : UserClaimsPrincipalFactory<Account, Microsoft.AspNetCore.Identity.IdentityRole>
{
    /// <summary>Claim type of the officer's or supervisor's unit.</summary>
    public const string Unit = "onematter:unit";

    /// <summary>Claim type of the roles within the unit.</summary>
    public const string UnitRole = "onematter:unit-role";

    /// <summary>Claim type of a supervisor's jurisdiction.</summary>
    public const string Jurisdiction = "onematter:jurisdiction";

    /// <summary>Claim type of the display name.</summary>
    public const string DisplayName = "onematter:display-name";

    /// <summary>Created by Identity.</summary>
    public AccountClaims(UserManager<Account> users, RoleManager<Microsoft.AspNetCore.Identity.IdentityRole> roles, IOptions<IdentityOptions> options)
        : base(users, roles, options)
    {
    }

    /// <inheritdoc />
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(Account user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var identity = await base.GenerateClaimsAsync(user).ConfigureAwait(false);
        identity.AddClaim(new Claim(DisplayName, user.DisplayName));
        if (user.Unit is { Length: > 0 } unit)
        {
            identity.AddClaim(new Claim(Unit, unit));
        }
        foreach (var role in (user.UnitRoles ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            identity.AddClaim(new Claim(UnitRole, role));
        }
        if (user.Jurisdiction is { Length: > 0 } jurisdiction)
        {
            identity.AddClaim(new Claim(Jurisdiction, jurisdiction));
        }
        return identity;
    }
}
