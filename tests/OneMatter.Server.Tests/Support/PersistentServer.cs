using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace OneMatter.Server.Tests.Support;

/// <summary>
/// The real server on a database file the test owns, so a second instance can be started on the
/// same file after the first stopped: a restart. Unlike <see cref="ServerFixture"/> it leaves the
/// folder alone on disposal; the test deletes it.
/// </summary>
/// <param name="folder">Holds the database file.</param>
/// <param name="workflows">The definitions folder; default the repository's.</param>
internal sealed class PersistentServer(string folder, string? workflows = null) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("OneMatter:Database", Path.Combine(folder, "onematter.db"));
        builder.UseSetting("OneMatter:Workflows", workflows ?? Path.Combine(Repo.Root, "workflows"));
        builder.UseSetting("OneMatter:Templates", Path.Combine(Repo.Root, "templates"));
        builder.UseSetting("OneMatter:DemoPassword", ServerFixture.Password);
        builder.UseSetting("OneMatter:NodeId", "test");
    }

    /// <summary>A client signed in by bearer token as a demo account.</summary>
    public async Task<HttpClient> SignedInAsync(string user)
    {
        var client = CreateClient();
        var response = await client.PostAsJsonAsync("/api/account/sign-in", new { userName = user, password = ServerFixture.Password });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<TokenResponse>())!.AccessToken;
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private sealed record TokenResponse(string AccessToken);
}
