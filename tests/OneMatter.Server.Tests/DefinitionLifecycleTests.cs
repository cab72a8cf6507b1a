using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OneMatter.Server.Tests.Support;

namespace OneMatter.Server.Tests;

/// <summary>A designer's work through the real API: validate with positioned errors, save a draft,
/// publish it as a new immutable version that new applications use at once while a running matter
/// stays on its version, then compare the versions.</summary>
public sealed class DefinitionLifecycleTests : IClassFixture<ServerFixture>
{
    private readonly ServerFixture _server;

    public DefinitionLifecycleTests(ServerFixture server) => _server = server;

    [Fact]
    public async Task Validate_BrokenDefinitions_GetLineAndColumnFromTheRealValidator()
    {
        var designer = await _server.SignedInAsync("designer");

        // A unit the running org directory does not have: a semantic error on its own line.
        var unknownUnit = DesignerApi.RuralHousing().Replace("assignee: cs-housing", "assignee: no-such-unit", StringComparison.Ordinal);
        var expectedLine = unknownUnit.Split('\n').ToList().FindIndex(l => l.Contains("no-such-unit", StringComparison.Ordinal)) + 1;
        var result = await DesignerApi.ValidateAsync(designer, unknownUnit);
        Assert.False(result.GetProperty("valid").GetBoolean());
        Assert.Equal("rural-housing", result.GetProperty("id").GetString());
        var error = Assert.Single(result.GetProperty("errors").EnumerateArray());
        Assert.Equal(expectedLine, error.GetProperty("line").GetInt32());
        Assert.True(error.GetProperty("column").GetInt32() > 1);
        Assert.Contains("no-such-unit", error.GetProperty("message").GetString(), StringComparison.Ordinal);

        // Broken YAML syntax: the parser's position.
        var syntax = await DesignerApi.ValidateAsync(designer, "id: half-written\nname: 未完成\nnodes: [unclosed\n");
        Assert.False(syntax.GetProperty("valid").GetBoolean());
        Assert.Contains(syntax.GetProperty("errors").EnumerateArray(), e => e.GetProperty("line").GetInt32() >= 3);

        // The repository's file is valid; sent as JSON it is checked the same way.
        var good = await designer.PostAsJsonAsync("/api/definitions/validate", new { yaml = DesignerApi.RuralHousing() });
        Assert.Equal(HttpStatusCode.OK, good.StatusCode);
        var goodResult = await good.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(goodResult.GetProperty("valid").GetBoolean());
        Assert.Equal(0, goodResult.GetProperty("errors").GetArrayLength());
    }

    [Fact]
    public async Task DraftAndPublish_NewApplicationsUseTheNewVersion_TheRunningMatterStaysOnItsOwn()
    {
        var designer = await _server.SignedInAsync("designer");
        var applicant = await _server.SignedInAsync("zhangsan");
        var window = await _server.SignedInAsync("officer.baishi-service");
        var before = await DesignerApi.ApplyAsync(applicant);
        Assert.Equal(1, await DesignerApi.VersionOfAsync(applicant, before));

        // An invalid draft is kept (work in progress) with its errors, but is not published.
        var invalid = DesignerApi.RuralHousing().Replace("assignee: cs-housing", "assignee: no-such-unit", StringComparison.Ordinal);
        var saved = await DesignerApi.SaveDraftAsync(designer, "rural-housing", invalid);
        Assert.False(saved.GetProperty("valid").GetBoolean());
        Assert.Equal("designer", saved.GetProperty("savedBy").GetString());
        var refused = await designer.PostAsync("/api/definitions/rural-housing/publish", null);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains(problem.GetProperty("errors").EnumerateArray(), e => e.GetProperty("message").GetString()!.Contains("no-such-unit", StringComparison.Ordinal));

        var v2 = DesignerApi.RuralHousingV2();
        Assert.NotEqual(DesignerApi.RuralHousing(), v2);
        Assert.True((await DesignerApi.SaveDraftAsync(designer, "rural-housing", v2)).GetProperty("valid").GetBoolean());
        var draft = await designer.GetFromJsonAsync<JsonElement>("/api/definitions/rural-housing/draft");
        Assert.Equal(v2, draft.GetProperty("yaml").GetString());
        var listed = await designer.GetFromJsonAsync<JsonElement>("/api/definitions/");
        var row = listed.EnumerateArray().Single(d => d.GetProperty("id").GetString() == "rural-housing");
        Assert.True(row.GetProperty("hasDraft").GetBoolean());
        Assert.Equal(1, row.GetProperty("latestVersion").GetInt32());

        Assert.Equal(2, await DesignerApi.PublishAsync(designer, "rural-housing"));

        // The draft became version 2; the list and the portal show it at once.
        listed = await designer.GetFromJsonAsync<JsonElement>("/api/definitions/");
        row = listed.EnumerateArray().Single(d => d.GetProperty("id").GetString() == "rural-housing");
        Assert.False(row.GetProperty("hasDraft").GetBoolean());
        Assert.Equal(2, row.GetProperty("latestVersion").GetInt32());
        var offers = await _server.CreateClient().GetFromJsonAsync<JsonElement>("/api/matters/");
        Assert.Equal(2, offers.EnumerateArray().Single(o => o.GetProperty("id").GetString() == "rural-housing").GetProperty("version").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, (await designer.GetAsync("/api/definitions/rural-housing/draft")).StatusCode);

        var after = await DesignerApi.ApplyAsync(applicant);
        Assert.Equal(2, await DesignerApi.VersionOfAsync(applicant, after));
        // The matter started before stays on version 1 and still advances on it.
        await DesignerApi.AcceptAsync(window, before);
        await DesignerApi.AcceptAsync(window, after);
        Assert.Equal(1, await DesignerApi.VersionOfAsync(applicant, before));
        Assert.Equal(2, await DesignerApi.VersionOfAsync(applicant, after));

        // Read back as YAML (format and content negotiation) and as JSON.
        Assert.Equal(v2, await designer.GetStringAsync("/api/definitions/rural-housing?format=yaml"));
        using (var negotiated = new HttpRequestMessage(HttpMethod.Get, "/api/definitions/rural-housing?version=1"))
        {
            negotiated.Headers.Accept.ParseAdd("application/yaml");
            var response = await designer.SendAsync(negotiated);
            Assert.Equal("text/yaml", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal(DesignerApi.RuralHousing(), await response.Content.ReadAsStringAsync());
        }
        var json = await designer.GetFromJsonAsync<JsonElement>("/api/definitions/rural-housing?version=1&format=json");
        Assert.Equal(1, json.GetProperty("version").GetInt32());
        Assert.Equal("Rural housing construction", json.GetProperty("definition").GetProperty("name-en").GetString());
        Assert.Equal("task", json.GetProperty("definition").GetProperty("nodes").GetProperty("accept").GetProperty("type").GetString());

        // Versions and the diff between them.
        var versions = await designer.GetFromJsonAsync<JsonElement>("/api/definitions/rural-housing/versions");
        Assert.Equal([1, 2], versions.EnumerateArray().Select(v => v.GetProperty("version").GetInt32()));
        Assert.True(versions[0].GetProperty("seeded").GetBoolean());
        Assert.Equal("designer", versions[1].GetProperty("publishedBy").GetString());
        var diff = await designer.GetFromJsonAsync<JsonElement>("/api/definitions/rural-housing/diff?from=1&to=2");
        var changes = diff.GetProperty("changes").EnumerateArray().Select(c => (c.GetProperty("path").GetString(), c.GetProperty("kind").GetString())).ToList();
        Assert.Equal([("name-en", "changed"), ("nodes.accept", "changed")], changes);
        Assert.Equal(2, diff.GetProperty("added").GetInt32());
        Assert.Equal(2, diff.GetProperty("removed").GetInt32());
        Assert.Contains(diff.GetProperty("lines").EnumerateArray(),
            l => l.GetProperty("op").GetString() == "+" && l.GetProperty("text").GetString() == "name-en: Rural housing construction (revised)");
    }

    [Fact]
    public async Task ADraftOfANewMatter_IsListedBeforeItIsPublished_AndCanBeDiscarded()
    {
        var designer = await _server.SignedInAsync("designer");
        var text = DesignerApi.RuralHousing().Replace("id: rural-housing\n", "id: rural-housing-pilot\n", StringComparison.Ordinal);
        var saved = await DesignerApi.SaveDraftAsync(designer, "rural-housing-pilot", text);
        Assert.True(saved.GetProperty("valid").GetBoolean(), saved.ToString());

        var listed = await designer.GetFromJsonAsync<JsonElement>("/api/definitions/");
        var row = listed.EnumerateArray().Single(d => d.GetProperty("id").GetString() == "rural-housing-pilot");
        Assert.True(row.GetProperty("hasDraft").GetBoolean());
        Assert.Equal(JsonValueKind.Null, row.GetProperty("latestVersion").ValueKind);

        // A draft whose id is not the route's is kept but named as an error.
        var mismatch = await DesignerApi.SaveDraftAsync(designer, "rural-housing-pilot", DesignerApi.RuralHousing());
        Assert.False(mismatch.GetProperty("valid").GetBoolean());

        Assert.Equal(HttpStatusCode.NoContent, (await designer.DeleteAsync("/api/definitions/rural-housing-pilot/draft")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await designer.DeleteAsync("/api/definitions/rural-housing-pilot/draft")).StatusCode);
        listed = await designer.GetFromJsonAsync<JsonElement>("/api/definitions/");
        Assert.DoesNotContain(listed.EnumerateArray(), d => d.GetProperty("id").GetString() == "rural-housing-pilot");
    }
}
