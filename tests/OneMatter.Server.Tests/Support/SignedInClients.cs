using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace OneMatter.Server.Tests.Support;

/// <summary>One signed-in client per demo account and server: sign-in is rate limited (20 a
/// minute per address), and a class of tests signing in afresh for every step would hit it.</summary>
internal static class SignedInClients
{
    private static readonly ConditionalWeakTable<ServerFixture, ConcurrentDictionary<string, Task<HttpClient>>> Clients = new();

    public static Task<HttpClient> AsAsync(ServerFixture server, string user) =>
        Clients.GetValue(server, _ => new(StringComparer.Ordinal)).GetOrAdd(user, server.SignedInAsync);
}
