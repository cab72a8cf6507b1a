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
        DemoSignIn.Configure(builder, _folder);
    }

    /// <summary>A client signed in by bearer token as a demo account.</summary>
    public Task<HttpClient> SignedInAsync(string user) =>
        DemoSignIn.BearerAsync(CreateClient(), user);

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

}
