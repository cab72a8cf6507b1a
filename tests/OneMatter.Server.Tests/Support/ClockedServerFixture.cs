using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace OneMatter.Server.Tests.Support;

/// <summary>
/// Like <see cref="ServerFixture"/>, with the server's <see cref="TimeProvider"/> replaced by an
/// <see cref="AdjustableClock"/> through the DI container, as the server composes it: the runtime
/// (writer, deadlines, event instants), the read models' "now" and sign-in tokens all use it.
/// Tokens expire on that clock too, so sign in again after advancing it.
/// </summary>
public sealed class ClockedServerFixture : WebApplicationFactory<Program>
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "onematter-server-" + Guid.NewGuid().ToString("N"));

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Task<HttpClient>> _clients = new(StringComparer.Ordinal);

    public AdjustableClock Clock { get; } = new();

    /// <summary>Moves the server's clock forward; bearer tokens expire on it, so the cached
    /// clients are dropped and the next <see cref="AsAsync"/> signs in again.</summary>
    public void Advance(TimeSpan by)
    {
        Clock.Advance(by);
        _clients.Clear();
    }

    /// <summary>A client signed in as the demo account, shared while the clock stands still
    /// (sign-in is rate limited to 20 a minute per address).</summary>
    public Task<HttpClient> AsAsync(string user) => _clients.GetOrAdd(user, SignedInAsync);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(_folder);
        DemoSignIn.Configure(builder, _folder);
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
        });
    }

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
