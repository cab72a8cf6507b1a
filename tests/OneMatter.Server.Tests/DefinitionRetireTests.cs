using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OneMatter.Server.Tests.Support;

namespace OneMatter.Server.Tests;

/// <summary>Retiring a matter (停办): the portal stops offering it and applying is refused with a
/// clear problem, while a matter already running carries on; reinstating opens it again.</summary>
public sealed class DefinitionRetireTests : IClassFixture<ServerFixture>
{
    private readonly ServerFixture _server;

    public DefinitionRetireTests(ServerFixture server) => _server = server;

    [Fact]
    public async Task Retire_StopsNewApplications_ButTheRunningMatterContinues()
    {
        var designer = await _server.SignedInAsync("designer");
        var applicant = await _server.SignedInAsync("zhangsan");
        var running = await DesignerApi.ApplyAsync(applicant);

        var retired = await designer.PostAsync("/api/definitions/rural-housing/retire", null);
        Assert.Equal(HttpStatusCode.OK, retired.StatusCode);
        var body = await retired.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(body.GetProperty("retired").GetBoolean());
        Assert.Equal("designer", body.GetProperty("by").GetString());

        var offers = await _server.CreateClient().GetFromJsonAsync<JsonElement>("/api/matters/");
        Assert.DoesNotContain(offers.EnumerateArray(), o => o.GetProperty("id").GetString() == "rural-housing");
        Assert.Contains(offers.EnumerateArray(), o => o.GetProperty("id").GetString() == "restaurant-opening");
        var refused = await applicant.PostAsJsonAsync("/api/matters/rural-housing/applications", new { form = RuralHousingForm.Valid() });
        Assert.Equal(HttpStatusCode.Gone, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Contains("retired", (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        var listed = await designer.GetFromJsonAsync<JsonElement>("/api/definitions/");
        Assert.True(listed.EnumerateArray().Single(d => d.GetProperty("id").GetString() == "rural-housing").GetProperty("retired").GetBoolean());

        // The matter that was running goes on as before.
        await DesignerApi.AcceptAsync(await _server.SignedInAsync("officer.baishi-service"), running);

        Assert.Equal(HttpStatusCode.OK, (await designer.PostAsync("/api/definitions/rural-housing/reinstate", null)).StatusCode);
        offers = await _server.CreateClient().GetFromJsonAsync<JsonElement>("/api/matters/");
        Assert.Contains(offers.EnumerateArray(), o => o.GetProperty("id").GetString() == "rural-housing");
        await DesignerApi.ApplyAsync(applicant);
    }

    [Fact]
    public async Task Retire_UnknownMatter_IsNotFound()
    {
        var designer = await _server.SignedInAsync("designer");
        var response = await designer.PostAsync("/api/definitions/no-such-matter/retire", null);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
