using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using OneMatter.Server.Tests.Support;

namespace OneMatter.Server.Tests;

/// <summary>Bad input gets a 4xx with problem details and changes nothing; never a 5xx.</summary>
public sealed class BadInputTests : IClassFixture<ServerFixture>
{
    private readonly ServerFixture _server;

    public BadInputTests(ServerFixture server) => _server = server;

    public static TheoryData<string, string, string> Bodies => new()
    {
        { "POST", "/api/matters/rural-housing/applications", "{not json" },
        { "POST", "/api/matters/rural-housing/applications", "{\"form\": 42}" },
        { "POST", "/api/matters/rural-housing/applications", "[]" },
        { "POST", "/api/tasks/none/none/complete", "{\"outcome\": 3}" },
        { "POST", "/api/account/sign-in", "{\"userName\": null}" },
        { "POST", "/api/definitions/compare", "{\"a\": [], \"b\": {\"id\": 7}}" },
        { "POST", "/api/definitions/compare", "{\"a\": {\"id\": \"rural-housing\"}, \"b\": {\"id\": \"rural-housing\"}, \"script\": \"default: [1]\"}" },
    };

    [Theory]
    [MemberData(nameof(Bodies))]
    public async Task MalformedBodies_GetA4xxProblem(string method, string path, string body)
    {
        var client = path.StartsWith("/api/tasks", StringComparison.Ordinal)
            ? await _server.SignedInAsync("officer.cs-housing")
            : path.StartsWith("/api/matters", StringComparison.Ordinal) ? await _server.SignedInAsync("zhangsan")
            : path.StartsWith("/api/definitions", StringComparison.Ordinal) ? await _server.SignedInAsync("designer") : _server.CreateClient();
        using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        var response = await client.SendAsync(request);

        Assert.InRange((int)response.StatusCode, 400, 499);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task UnknownDefinitionOutcomeAndOversizeBody_AreClearProblems()
    {
        var applicant = await _server.SignedInAsync("zhangsan");
        var unknown = await applicant.PostAsJsonAsync("/api/matters/no-such-matter/applications", new { form = RuralHousingForm.Valid() });
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);

        var created = await applicant.PostAsJsonAsync("/api/matters/rural-housing/applications", new { form = RuralHousingForm.Valid() });
        var receipt = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("receiptNumber").GetString();
        var window = await _server.SignedInAsync("officer.baishi-service");
        var inbox = await window.GetFromJsonAsync<JsonElement>("/api/tasks");
        var taskId = inbox.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("instanceId").GetString() == receipt).GetProperty("taskId").GetString();
        var badOutcome = await window.PostAsJsonAsync($"/api/tasks/{receipt}/{taskId}/complete", new { outcome = "maybe" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, badOutcome.StatusCode);
        var missingOutcome = await window.PostAsJsonAsync($"/api/tasks/{receipt}/{taskId}/complete", new { fields = new { opinion = "x" } });
        Assert.Equal(HttpStatusCode.BadRequest, missingOutcome.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await window.GetAsync("/api/tasks?filter=someday")).StatusCode);

        // Still pending: nothing changed.
        inbox = await window.GetFromJsonAsync<JsonElement>("/api/tasks");
        Assert.Contains(inbox.GetProperty("items").EnumerateArray(), i => i.GetProperty("taskId").GetString() == taskId);

        var huge = new string('x', 2 * 1024 * 1024);
        var oversize = await applicant.PostAsync("/api/matters/rural-housing/applications",
            new StringContent("{\"form\":{\"applicant_name\":\"" + huge + "\"}}", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, oversize.StatusCode);
    }

    [Fact]
    public async Task WrongPasswords_AreRefused_AndLockTheAccountAfterFive()
    {
        var client = _server.CreateClient();
        for (var i = 1; i <= 5; i++)
        {
            var wrong = await client.PostAsJsonAsync("/api/account/sign-in", new { userName = "admin", password = "not-the-password" });
            // The fifth failure locks the account and says so.
            Assert.Equal(i < 5 ? HttpStatusCode.Unauthorized : HttpStatusCode.Locked, wrong.StatusCode);
        }
        var locked = await client.PostAsJsonAsync("/api/account/sign-in", new { userName = "admin", password = ServerFixture.Password });
        Assert.Equal(HttpStatusCode.Locked, locked.StatusCode);
    }

    [Fact]
    public async Task CookieSignedInWrites_NeedTheAntiforgeryToken()
    {
        var client = _server.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { HandleCookies = true });
        var signIn = await client.PostAsJsonAsync("/api/account/sign-in", new { userName = "lisi", password = ServerFixture.Password, useCookies = true });
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
        Assert.Equal("lisi", (await client.GetFromJsonAsync<JsonElement>("/api/account/me")).GetProperty("userName").GetString());

        var without = await client.PostAsJsonAsync("/api/matters/rural-housing/applications", new { form = RuralHousingForm.Valid() });
        Assert.Equal(HttpStatusCode.BadRequest, without.StatusCode);

        var token = await client.GetFromJsonAsync<JsonElement>("/api/account/antiforgery");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/matters/rural-housing/applications")
        {
            Content = JsonContent.Create(new { form = RuralHousingForm.Valid() }),
        };
        request.Headers.Add(token.GetProperty("headerName").GetString()!, token.GetProperty("token").GetString());
        var with = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Created, with.StatusCode);
    }
}
