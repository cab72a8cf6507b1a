using System.Net;
using System.Net.Http.Headers;
using OneMatter.Server.Tests.Support;

namespace OneMatter.Server.Tests;

/// <summary>The built web app served by the server: client routes (also deep links with dots in
/// task ids) get index.html; missing files and API paths do not.</summary>
public sealed class WebAppTests : IClassFixture<ServerFixture>
{
    private readonly ServerFixture _server;

    public WebAppTests(ServerFixture server) => _server = server;

    private async Task<HttpResponseMessage> BrowseAsync(string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
        return await _server.CreateClient().SendAsync(request);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/portal/matters")]
    [InlineData("/workbench/tasks/RH-20261127-1/accept.4")]
    [InlineData("/verify")]
    public async Task A_page_of_the_app_reloads_as_the_app(string path)
    {
        var response = await BrowseAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<div id=\"root\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/assets/missing.js")]
    [InlineData("/api/no-such-endpoint")]
    public async Task A_missing_file_or_api_path_is_not_the_app(string path)
    {
        var response = await BrowseAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
