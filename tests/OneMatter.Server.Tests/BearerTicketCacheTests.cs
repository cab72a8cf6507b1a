using System.Net;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OneMatter.Server.Accounts;
using OneMatter.Server.Tests.Support;

namespace OneMatter.Server.Tests;

/// <summary>
/// Remembered bearer tickets (<see cref="CachedBearerTickets"/>) answer exactly as decrypting
/// every time would: the same user while the token lives, 401 once it has expired on the server's
/// clock, nothing for a forged token, and no request sees another's changes to its user.
/// </summary>
public sealed class BearerTicketCacheTests : IClassFixture<ClockedServerFixture>
{
    private readonly ClockedServerFixture _server;

    public BearerTicketCacheTests(ClockedServerFixture server) => _server = server;

    [Fact]
    public async Task ARememberedToken_StillExpires_OnTheServersClock()
    {
        var officer = await _server.SignedInAsync("officer.cs-housing");
        var bearer = _server.Services.GetRequiredService<IOptionsMonitor<BearerTokenOptions>>().Get(IdentityConstants.BearerScheme);
        Assert.IsType<CachedBearerTickets>(bearer.BearerTokenProtector);
        for (var i = 0; i < 3; i++)
        {
            var me = await officer.GetFromJsonAsync<JsonElement>("/api/account/me");
            Assert.Equal("officer.cs-housing", me.GetProperty("userName").GetString());
        }

        _server.Advance(TimeSpan.FromHours(2)); // bearer tokens live an hour

        Assert.Equal(HttpStatusCode.Unauthorized, (await officer.GetAsync("/api/account/me")).StatusCode);
    }

    [Fact]
    public void EachReader_GetsItsOwnCopy_AndAForgedTokenIsNeverRemembered()
    {
        var inner = new CountingFormat(new TicketDataFormat(new EphemeralDataProtectionProvider().CreateProtector("test")));
        var cache = new CachedBearerTickets(inner);
        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, "zhangsan")], "Bearer");
        var token = cache.Protect(new AuthenticationTicket(new ClaimsPrincipal(identity), "Bearer"));

        var first = cache.Unprotect(token)!;
        first.Principal.AddIdentity(new ClaimsIdentity([new Claim(ClaimTypes.Role, "admin")], "added"));
        var second = cache.Unprotect(token)!;

        Assert.Equal(1, inner.Reads); // decrypted once
        Assert.Equal("zhangsan", second.Principal.Identity!.Name);
        Assert.False(second.Principal.IsInRole("admin")); // the first reader's change stayed its own
        Assert.Single(second.Principal.Identities);

        Assert.Null(cache.Unprotect(token[..^4] + "AAAA"));
        Assert.Null(cache.Unprotect(token[..^4] + "AAAA"));
        Assert.Equal(3, inner.Reads); // a forged token is checked every time
        Assert.Null(cache.Unprotect(null));
    }

    /// <summary>The real ticket format, counting how often it has to decrypt.</summary>
    private sealed class CountingFormat(ISecureDataFormat<AuthenticationTicket> inner) : ISecureDataFormat<AuthenticationTicket>
    {
        public int Reads { get; private set; }

        public string Protect(AuthenticationTicket data) => inner.Protect(data);

        public string Protect(AuthenticationTicket data, string? purpose) => inner.Protect(data, purpose);

        public AuthenticationTicket? Unprotect(string? protectedText) => Unprotect(protectedText, null);

        public AuthenticationTicket? Unprotect(string? protectedText, string? purpose)
        {
            Reads++;
            return inner.Unprotect(protectedText, purpose);
        }
    }
}
