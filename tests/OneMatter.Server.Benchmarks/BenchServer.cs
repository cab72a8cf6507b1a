using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace OneMatter.Server.Benchmarks;

/// <summary>
/// The real server (the server project's <c>Program</c>) on Kestrel at a free port, so requests
/// cross real TCP sockets and the whole ASP.NET Core pipeline (authentication, routing, JSON),
/// on a fresh SQLite file in a temp folder, with the repository's definitions and the demo
/// accounts (Development environment, a known demo password).
/// </summary>
internal sealed class BenchServer : WebApplicationFactory<Program>
{
    public const string Password = "Bench-2026-pass";

    public BenchServer(string folder)
    {
        Folder = folder;
        // The factory finds the server's content root through MvcTestingAppManifest.json in the
        // current directory, which `dotnet run` leaves at the repository root; name it instead.
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_ONEMATTER_SERVER", Path.Combine(Repo.Root, "src", "OneMatter.Server"));
        UseKestrel(0);
    }

    public string Folder { get; }

    public string DatabaseFile => Path.Combine(Folder, "onematter.db");

    /// <summary>Where Kestrel listens, e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public Uri BaseAddress { get; private set; } = new("http://localhost/");

    /// <summary>The server's runtime (writer, catalog, read model), as the endpoints reach it.</summary>
    public RuntimeHost Host => Services.GetRequiredService<RuntimeHost>();

    public void Start()
    {
        StartServer();
        BaseAddress = ClientOptions.BaseAddress;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(Folder);
        builder.UseEnvironment("Development");
        builder.UseSetting("OneMatter:Database", DatabaseFile);
        builder.UseSetting("OneMatter:Workflows", Path.Combine(Repo.Root, "workflows"));
        builder.UseSetting("OneMatter:Templates", Path.Combine(Repo.Root, "templates"));
        builder.UseSetting("OneMatter:DemoPassword", Password);
        builder.UseSetting("OneMatter:NodeId", "bench");
        // Per-request information logs on the console would measure the console, not the server;
        // a production deployment logs warnings and up.
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Logging:LogLevel:Microsoft.AspNetCore", "Warning");
    }

    /// <summary>A client over real TCP (its own connection pool, as many connections as there are
    /// requests in flight) signed in by bearer token as a demo account. Sign-in is rate limited
    /// (20 a minute per address), so each account signs in once and its client is shared.</summary>
    public async Task<HttpClient> SignedInAsync(string user)
    {
        var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = int.MaxValue,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            UseCookies = false,
        };
        var client = new HttpClient(handler) { BaseAddress = BaseAddress, Timeout = TimeSpan.FromMinutes(2) };
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
    }

    private sealed record TokenResponse(string AccessToken);
}
