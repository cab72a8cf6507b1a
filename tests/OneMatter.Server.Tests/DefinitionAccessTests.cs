using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using OneMatter.Server.Tests.Support;

namespace OneMatter.Server.Tests;

/// <summary>Who may use the definitions API (designers; administrators read only), and bad input
/// answered with 4xx problem details that change nothing.</summary>
public sealed class DefinitionAccessTests : IClassFixture<ServerFixture>
{
    private readonly ServerFixture _server;

    public DefinitionAccessTests(ServerFixture server) => _server = server;

    /// <summary>One signed-in client per user and fixture: sign-in is rate limited per address
    /// (20 a minute), and this class calls every endpoint as four users.</summary>
    private static readonly ConditionalWeakTable<ServerFixture, ConcurrentDictionary<string, Lazy<Task<HttpClient>>>> Clients = new();

    private Task<HttpClient> ClientAsync(string user) =>
        Clients.GetOrCreateValue(_server).GetOrAdd(user, u => new Lazy<Task<HttpClient>>(() => _server.SignedInAsync(u))).Value;

    /// <summary>Every endpoint: (method, path, whether it only reads).</summary>
    public static TheoryData<string, string, bool> Endpoints => new()
    {
        { "GET", "/api/definitions/", true },
        { "GET", "/api/definitions/rural-housing", true },
        { "GET", "/api/definitions/rural-housing?format=yaml", true },
        { "GET", "/api/definitions/rural-housing/versions", true },
        { "GET", "/api/definitions/rural-housing/diff", true },
        { "GET", "/api/definitions/rural-housing/draft", true },
        { "POST", "/api/definitions/validate", false },
        { "PUT", "/api/definitions/rural-housing/draft", false },
        { "DELETE", "/api/definitions/rural-housing/draft", false },
        { "POST", "/api/definitions/rural-housing/publish", false },
        { "POST", "/api/definitions/rural-housing/retire", false },
        { "POST", "/api/definitions/rural-housing/reinstate", false },
        { "POST", "/api/definitions/compare", false },
    };

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task OfficersApplicantsAndSupervisors_AreForbidden_AnonymousIsUnauthorized(string method, string path, bool reads)
    {
        foreach (var user in new[] { "officer.cs-housing", "zhangsan", "supervisor" })
        {
            var response = await SendAsync(await ClientAsync(user), method, path);
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }
        Assert.Equal(HttpStatusCode.Unauthorized, (await SendAsync(_server.CreateClient(), method, path)).StatusCode);
        // Administrators read (audit) but do not change definitions.
        var admin = await SendAsync(await ClientAsync("admin"), method, path);
        if (reads)
        {
            Assert.NotEqual(HttpStatusCode.Forbidden, admin.StatusCode);
            Assert.NotEqual(HttpStatusCode.Unauthorized, admin.StatusCode);
        }
        else
        {
            Assert.Equal(HttpStatusCode.Forbidden, admin.StatusCode);
        }
        // Nothing was retired or published by any of them.
        var offers = await _server.CreateClient().GetFromJsonAsync<JsonElement>("/api/matters/");
        Assert.Equal(1, offers.EnumerateArray().Single(o => o.GetProperty("id").GetString() == "rural-housing").GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task Forbidden_IsAProblem()
    {
        var response = await (await ClientAsync("zhangsan")).GetAsync("/api/definitions/");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    public static TheoryData<string, string, string, int> BadBodies => new()
    {
        { "/api/definitions/validate", "text/yaml", "", 400 },
        { "/api/definitions/validate", "text/yaml", "   \n\n", 400 },
        { "/api/definitions/validate", "application/octet-stream", "PK\u0003\u0004 not a yaml text", 415 },
        { "/api/definitions/validate", "image/png", "\u0089PNG", 415 },
        { "/api/definitions/validate", "text/plain", "id: x\u0000\u0001\u0002", 400 },
        { "/api/definitions/validate", "application/json", "{not json", 400 },
        { "/api/definitions/validate", "application/json", "{\"yaml\": 42}", 400 },
        { "/api/definitions/validate", "application/json", "{\"other\": \"id: x\"}", 400 },
        { "/api/definitions/rural-housing/draft", "text/yaml", "", 400 },
        { "/api/definitions/rural-housing/draft", "application/octet-stream", "\u0001\u0002", 415 },
        { "/api/definitions/Not_An_Id!/draft", "text/yaml", "id: x", 400 },
        { "/api/definitions/compare", "application/json", "{not json", 400 },
        { "/api/definitions/compare", "application/json", "{}", 400 },
        { "/api/definitions/compare", "application/json", "{\"a\": \"rural-housing\", \"b\": 42}", 400 },
        { "/api/definitions/compare", "application/json", "{\"a\": {\"id\": \"rural-housing\", \"version\": \"x\"}}", 400 },
        { "/api/definitions/compare", "text/yaml", "a: rural-housing", 415 },
        { "/api/definitions/compare", "application/json",
            "{\"a\": {\"id\": \"rural-housing-legacy\"}, \"b\": {\"id\": \"rural-housing\"}, \"script\": \"start: 9999-12-31T09:00:00+08:00\"}", 400 },
    };

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task BadBodies_GetA4xxProblem_AndSaveNothing(string path, string contentType, string body, int status)
    {
        var designer = await ClientAsync("designer");
        var method = path.EndsWith("/draft", StringComparison.Ordinal) ? HttpMethod.Put : HttpMethod.Post;
        using var request = new HttpRequestMessage(method, path) { Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body)) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        var response = await designer.SendAsync(request);

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, (await designer.GetAsync("/api/definitions/rural-housing/draft")).StatusCode);
    }

    [Fact]
    public async Task NotUtf8_HugeBodies_AndUnknownVersions_AreClearProblems()
    {
        var designer = await ClientAsync("designer");

        using var latin1 = new ByteArrayContent([0x69, 0x64, 0x3a, 0x20, 0xff, 0xfe, 0xc3]);
        latin1.Headers.ContentType = new MediaTypeHeaderValue("text/yaml");
        var notUtf8 = await designer.PostAsync("/api/definitions/validate", latin1);
        Assert.Equal(HttpStatusCode.BadRequest, notUtf8.StatusCode);
        Assert.Contains("UTF-8", (await notUtf8.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);

        // Over the definition limit but under the server's: refused by the definitions API.
        var big = "# " + new string('x', 300 * 1024) + "\nid: big\n";
        var huge = await designer.PutAsync("/api/definitions/big/draft", DesignerApi.Yaml(big));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, huge.StatusCode);
        Assert.Equal("application/problem+json", huge.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, (await designer.GetAsync("/api/definitions/big/draft")).StatusCode);
        // Over the server's limit: refused before it is read.
        var enormous = await designer.PostAsync("/api/definitions/validate", DesignerApi.Yaml(new string('y', 2 * 1024 * 1024)));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, enormous.StatusCode);

        foreach (var (path, status) in new[]
                 {
                     ("/api/definitions/rural-housing?version=99", HttpStatusCode.NotFound),
                     ("/api/definitions/rural-housing?format=xml", HttpStatusCode.BadRequest),
                     ("/api/definitions/rural-housing/diff?from=1&to=99", HttpStatusCode.NotFound),
                     ("/api/definitions/no-such-matter/versions", HttpStatusCode.NotFound),
                     ("/api/definitions/no-such-matter", HttpStatusCode.NotFound),
                 })
        {
            var response = await designer.GetAsync(path);
            Assert.Equal(status, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
        var noDraft = await designer.PostAsync("/api/definitions/market-day/publish", null);
        Assert.Equal(HttpStatusCode.NotFound, noDraft.StatusCode);
        Assert.Equal("application/problem+json", noDraft.Content.Headers.ContentType?.MediaType);
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, string method, string path)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (path == "/api/definitions/compare")
        {
            // A JSON endpoint: a YAML body would be refused by media type (415) before anyone is asked who they are.
            request.Content = JsonContent.Create(new { a = new { id = "rural-housing-legacy" }, b = new { id = "rural-housing" } });
        }
        else if (method is "PUT" or "POST")
        {
            request.Content = DesignerApi.Yaml(DesignerApi.RuralHousing());
        }
        return await client.SendAsync(request);
    }
}
