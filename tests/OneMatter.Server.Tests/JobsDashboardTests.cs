using System.Net;
using OneMatter.Server.Tests.Support;

namespace OneMatter.Server.Tests;

/// <summary>Hangfire's dashboard is served at /hangfire to administrators only.</summary>
public sealed class JobsDashboardTests : IClassFixture<ServerFixture>
{
    private readonly ServerFixture _server;

    public JobsDashboardTests(ServerFixture server) => _server = server;

    [Fact]
    public async Task TheDashboard_IsForAdminsOnly()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await _server.CreateClient().GetAsync("/hangfire")).StatusCode);
        var officer = await _server.SignedInAsync("officer.cs-housing");
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.GetAsync("/hangfire")).StatusCode);
        var supervisor = await _server.SignedInAsync("supervisor");
        Assert.Equal(HttpStatusCode.Forbidden, (await supervisor.GetAsync("/hangfire/jobs/scheduled")).StatusCode);

        var admin = await _server.SignedInAsync("admin");
        var page = await admin.GetAsync("/hangfire");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("OneMatter", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var scheduled = await admin.GetAsync("/hangfire/jobs/scheduled");
        Assert.Equal(HttpStatusCode.OK, scheduled.StatusCode);
    }
}
