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
        DemoSignIn.Configure(builder, folder, workflows);
    }

    /// <summary>A client signed in by bearer token as a demo account.</summary>
    public Task<HttpClient> SignedInAsync(string user) =>
        DemoSignIn.BearerAsync(CreateClient(), user);

}
