using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using OneMatter.Server.Accounts;
using OneMatter.Server.Tests.Support;

namespace OneMatter.Server.Tests;

/// <summary>
/// A new database's demo accounts: one random password (hashed once) printed with them, every
/// account signs in with it and holds its role, and a second seeding makes and prints nothing.
/// </summary>
public sealed partial class DemoAccountsTests : IClassFixture<DemoAccountsTests.UnseededServer>
{
    private readonly UnseededServer _server;

    public DemoAccountsTests(UnseededServer server) => _server = server;

    [Fact]
    public async Task ANewDatabase_GetsEveryDemoAccount_WithOnePrintedPassword_AndIsSeededOnce()
    {
        string? printed;
        using (var scope = _server.Services.CreateScope())
        {
            printed = await DemoAccounts.SeedAsync(scope.ServiceProvider, password: null);
        }
        Assert.NotNull(printed);
        var password = PrintedPassword().Match(printed).Groups[1].Value;
        Assert.Equal(19, password.Length);
        foreach (var (user, _, role, _, _) in DemoAccounts.All)
        {
            Assert.Contains(user, printed, StringComparison.Ordinal);
            var client = _server.CreateClient();
            var signIn = await client.PostAsJsonAsync("/api/account/sign-in", new { userName = user, password });
            Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
            using var scope = _server.Services.CreateScope();
            var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Account>>();
            var account = await users.FindByNameAsync(user);
            Assert.NotNull(account);
            Assert.Equal([role], await users.GetRolesAsync(account));
        }

        using (var scope = _server.Services.CreateScope())
        {
            Assert.Null(await DemoAccounts.SeedAsync(scope.ServiceProvider, password: "Another-2026-pass"));
        }
        // (Sign-in is limited to 20 a minute per address: 13 attempts here.)
        var again = await _server.CreateClient().PostAsJsonAsync("/api/account/sign-in", new { userName = "admin", password });
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var wrong = await _server.CreateClient().PostAsJsonAsync("/api/account/sign-in", new { userName = "admin", password = "Another-2026-pass" });
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
    }

    [Fact]
    public async Task AConfiguredPassword_OutsideThePolicy_FailsTheSeeding_AndCreatesNoAccount()
    {
        // Its own new database: on one with accounts, seeding stops before it looks at the password.
        await using var server = new UnseededServer();
        using var scope = server.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Account>>();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => DemoAccounts.SeedAsync(scope.ServiceProvider, password: "short"));

        Assert.Contains("Seeding demo accounts failed", error.Message, StringComparison.Ordinal);
        Assert.Empty(users.Users);
    }

    [GeneratedRegex(@"password (\S+):")]
    private static partial Regex PrintedPassword();

    /// <summary>The server on a new database with seeding at start turned off, so the test seeds.</summary>
    public sealed class UnseededServer : WebApplicationFactory<Program>
    {
        private readonly string _folder = Path.Combine(Path.GetTempPath(), "onematter-demo-" + Guid.NewGuid().ToString("N"));

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            Directory.CreateDirectory(_folder);
            DemoSignIn.Configure(builder, _folder);
            builder.UseSetting("OneMatter:DemoAccounts", "false");
        }

        public override async ValueTask DisposeAsync()
        {
            await base.DisposeAsync();
            OneMatter.Testing.TestFolder.Delete(_folder);
        }
    }
}
