using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace OneMatter.Server.Tests.Support;

/// <summary>
/// A <see cref="PersistentServer"/> (a database file the test owns, so it can be restarted or
/// shared by a second node) on an <see cref="AdjustableClock"/>, for deadlines in a chosen week.
/// </summary>
/// <param name="folder">Holds the database file; left alone on disposal.</param>
/// <param name="clock">The server's clock.</param>
/// <param name="nodeId">The node's id: two live nodes on one database need different ids.</param>
internal sealed class ClockedPersistentServer(string folder, AdjustableClock clock, string nodeId = "test") : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        DemoSignIn.Configure(builder, folder);
        builder.UseSetting("OneMatter:NodeId", nodeId);
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(clock);
        });
    }

    /// <summary>A client signed in by bearer token as a demo account.</summary>
    public Task<HttpClient> SignedInAsync(string user) =>
        DemoSignIn.BearerAsync(CreateClient(), user);
}
