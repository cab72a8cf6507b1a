using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace OneMatter.Server.Tests.Support;

/// <summary>
/// The real server in-process (WebApplicationFactory) on a fresh SQLite file, with the
/// repository's definitions, Development environment (demo accounts) and a known demo password.
/// One per test class; each test makes its own matters, so tests do not depend on each other.
/// </summary>
public sealed class ServerFixture : WebApplicationFactory<Program>
{
    public const string Password = "Demo-2026-pass";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "onematter-server-" + Guid.NewGuid().ToString("N"));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(_folder);
        builder.UseEnvironment("Development");
        builder.UseSetting("OneMatter:Database", Path.Combine(_folder, "onematter.db"));
        builder.UseSetting("OneMatter:Workflows", Path.Combine(Repo.Root, "workflows"));
        builder.UseSetting("OneMatter:Templates", Path.Combine(Repo.Root, "templates"));
        builder.UseSetting("OneMatter:DemoPassword", Password);
        builder.UseSetting("OneMatter:NodeId", "test");
    }

    /// <summary>A client signed in by bearer token as a demo account.</summary>
    public async Task<HttpClient> SignedInAsync(string user)
    {
        var client = CreateClient();
        var response = await client.PostAsJsonAsync("/api/account/sign-in", new { userName = user, password = Password });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<TokenResponse>())!.AccessToken;
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a finishing background job; the temp folder is cleaned later.
        }
    }

    private sealed record TokenResponse(string AccessToken);
}
