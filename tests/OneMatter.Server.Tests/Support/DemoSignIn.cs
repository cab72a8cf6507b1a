using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;

namespace OneMatter.Server.Tests.Support;

/// <summary>What every in-process server of the tests shares: its settings (a database in the
/// given folder, the repository's definitions, Development with a known demo password) and
/// signing in as a demo account by bearer token.</summary>
internal static class DemoSignIn
{
    public static void Configure(IWebHostBuilder builder, string folder, string? workflows = null)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("OneMatter:Database", Path.Combine(folder, "onematter.db"));
        builder.UseSetting("OneMatter:Workflows", workflows ?? Path.Combine(Repo.Root, "workflows"));
        builder.UseSetting("OneMatter:Templates", Path.Combine(Repo.Root, "templates"));
        builder.UseSetting("OneMatter:DemoPassword", ServerFixture.Password);
        builder.UseSetting("OneMatter:NodeId", "test");
    }

    /// <summary>Signs <paramref name="client"/> in as a demo account and keeps the token on it.</summary>
    public static async Task<HttpClient> BearerAsync(HttpClient client, string user)
    {
        var response = await client.PostAsJsonAsync("/api/account/sign-in", new { userName = user, password = ServerFixture.Password });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<TokenResponse>())!.AccessToken;
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private sealed record TokenResponse(string AccessToken);
}
