using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OneMatter.Server.Tests.Support;

namespace OneMatter.Server.Tests;

/// <summary>补正 through the API: the window asks for corrections, the applicant (and only the
/// applicant) corrects, and the matter is back at the window.</summary>
public sealed class CorrectionTests : IClassFixture<ServerFixture>
{
    private readonly ServerFixture _server;

    public CorrectionTests(ServerFixture server) => _server = server;

    [Fact]
    public async Task TheWindowAsksForCorrections_TheApplicantCorrects_AndTheMatterIsBackAtTheWindow()
    {
        var applicant = await _server.SignedInAsync("zhangsan");
        var created = await applicant.PostAsJsonAsync("/api/matters/rural-housing/applications", new { form = RuralHousingForm.Valid() });
        var receipt = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("receiptNumber").GetString();
        var window = await _server.SignedInAsync("officer.baishi-service");

        // Nothing to correct yet.
        var early = await applicant.PostAsJsonAsync($"/api/matters/{receipt}/correct", new { changes = new { phone = "13900139000" } });
        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);

        var accept = await TaskIdAsync(window, receipt!, "accept");
        var asked = await window.PostAsJsonAsync($"/api/tasks/{receipt}/{accept}/complete",
            new { outcome = "correct", fields = new { opinion = "材料不全", correction_items = "请补充联系电话" } });
        Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        var status = await applicant.GetFromJsonAsync<JsonElement>($"/api/matters/{receipt}");
        Assert.True(Assert.Single(status.GetProperty("holding").EnumerateArray()).GetProperty("forApplicant").GetBoolean());

        // Another applicant cannot correct it, nor learn that it exists; a bad value is refused by field.
        var other = await _server.SignedInAsync("lisi");
        Assert.Equal(HttpStatusCode.NotFound,
            (await other.PostAsJsonAsync($"/api/matters/{receipt}/correct", new { changes = new { phone = "13900139000" } })).StatusCode);
        var bad = await applicant.PostAsJsonAsync($"/api/matters/{receipt}/correct", new { changes = new { phone = "not a phone" } });
        Assert.InRange((int)bad.StatusCode, 400, 499);
        Assert.Equal("application/problem+json", bad.Content.Headers.ContentType?.MediaType);

        var corrected = await applicant.PostAsJsonAsync($"/api/matters/{receipt}/correct", new { changes = new { phone = "13900139000" } });
        Assert.Equal(HttpStatusCode.OK, corrected.StatusCode);
        Assert.NotEqual(accept, await TaskIdAsync(window, receipt!, "accept"));
        status = await applicant.GetFromJsonAsync<JsonElement>($"/api/matters/{receipt}");
        Assert.Equal("baishi-service", Assert.Single(status.GetProperty("holding").EnumerateArray()).GetProperty("unit").GetString());
    }

    private static async Task<string> TaskIdAsync(HttpClient window, string receipt, string node)
    {
        var inbox = await window.GetFromJsonAsync<JsonElement>("/api/tasks?pageSize=100");
        return inbox.GetProperty("items").EnumerateArray()
            .Single(i => i.GetProperty("instanceId").GetString() == receipt && i.GetProperty("node").GetString() == node)
            .GetProperty("taskId").GetString()!;
    }
}
