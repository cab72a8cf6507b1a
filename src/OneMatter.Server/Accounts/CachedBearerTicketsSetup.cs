using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace OneMatter.Server.Accounts;

/// <summary>Wraps the bearer scheme's token reader in <see cref="CachedBearerTickets"/> once
/// Identity has configured it (post-configuration runs after every configuration).</summary>
internal sealed class CachedBearerTicketsSetup : IPostConfigureOptions<BearerTokenOptions>
{
    public void PostConfigure(string? name, BearerTokenOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (name == IdentityConstants.BearerScheme && options.BearerTokenProtector is not CachedBearerTickets)
        {
            options.BearerTokenProtector = new CachedBearerTickets(options.BearerTokenProtector);
        }
    }
}
