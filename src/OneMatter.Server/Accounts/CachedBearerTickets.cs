using System.Collections.Concurrent;
using Microsoft.AspNetCore.Authentication;

namespace OneMatter.Server.Accounts;

/// <summary>
/// Bearer tokens as the default protector reads them, remembered per token: an API client sends
/// the same token with every request, and decrypting and deserializing it each time (AES, HMAC and
/// the ticket's claims) was about a sixth of an HTTP task completion's CPU.
/// </summary>
/// <remarks>
/// Safe because a bearer token is stateless: the handler accepts it until the expiry it carries,
/// which it still checks on every request against its own clock, so a remembered ticket is accepted
/// exactly when the decrypted one would be. (A revoked data-protection key stops working for a
/// remembered token only when the cache starts again: it holds at most <see cref="Capacity"/>
/// tokens and then starts empty.) Every caller gets its own copy of the principal, so nothing a
/// request does to its user reaches another request.
/// </remarks>
internal sealed class CachedBearerTickets : ISecureDataFormat<AuthenticationTicket>
{
    /// <summary>Most tokens remembered at once.</summary>
    public const int Capacity = 10_000;

    private readonly ISecureDataFormat<AuthenticationTicket> _inner;
    private readonly ConcurrentDictionary<(string Token, string? Purpose), AuthenticationTicket> _tickets = new();

    public CachedBearerTickets(ISecureDataFormat<AuthenticationTicket> inner) => _inner = inner;

    public string Protect(AuthenticationTicket data) => _inner.Protect(data);

    public string Protect(AuthenticationTicket data, string? purpose) => _inner.Protect(data, purpose);

    public AuthenticationTicket? Unprotect(string? protectedText) => Unprotect(protectedText, null);

    public AuthenticationTicket? Unprotect(string? protectedText, string? purpose)
    {
        if (protectedText is null)
        {
            return null;
        }
        if (!_tickets.TryGetValue((protectedText, purpose), out var ticket))
        {
            ticket = _inner.Unprotect(protectedText, purpose);
            if (ticket is null)
            {
                return null; // forged or from a foreign key ring: never remembered, always re-checked
            }
            if (_tickets.Count >= Capacity)
            {
                _tickets.Clear();
            }
            _tickets[(protectedText, purpose)] = ticket;
        }
        return new AuthenticationTicket(ticket.Principal.Clone(), ticket.Properties.Clone(), ticket.AuthenticationScheme);
    }
}
