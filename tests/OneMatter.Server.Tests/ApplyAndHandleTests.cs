using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OneMatter.Server.Tests.Support;

namespace OneMatter.Server.Tests;

/// <summary>The portal and workbench through the real API: apply, see the task in the right
/// unit's inbox, complete it, follow the status; and the access rules on the same matter.</summary>
public sealed class ApplyAndHandleTests : IClassFixture<ServerFixture>
{
    private readonly ServerFixture _server;

    public ApplyAndHandleTests(ServerFixture server) => _server = server;

    [Fact]
    public async Task Server_StartsWithEveryDefinition_AndServesHealthAndOpenApi()
    {
        var client = _server.CreateClient();
        var health = await client.GetFromJsonAsync<JsonElement>("/healthz");
        Assert.Equal("ok", health.GetProperty("status").GetString());
        var definitions = Directory.GetFiles(Path.Combine(Repo.Root, "workflows"), "*.yaml").Length;
        Assert.Equal(definitions, health.GetProperty("definitions").GetInt32());

        var openApi = await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        Assert.True(openApi.GetProperty("paths").TryGetProperty("/api/matters/{definitionId}/applications", out _));
        var offers = await client.GetFromJsonAsync<JsonElement>("/api/matters/");
        var rural = offers.EnumerateArray().Single(o => o.GetProperty("id").GetString() == "rural-housing");
        Assert.Equal("农民建房", rural.GetProperty("name").GetString());
        Assert.Contains(rural.GetProperty("form").EnumerateArray(), f => f.GetProperty("id").GetString() == "id_number" && f.GetProperty("required").GetBoolean());
    }

    [Fact]
    public async Task Apply_ThenAcceptInTheTownshipWindow_HandsTheMatterToTheFourReviewUnits()
    {
        var applicant = await _server.SignedInAsync("zhangsan");
        var receipt = await ApplyAsync(applicant);

        var window = await _server.SignedInAsync("officer.baishi-service");
        var inbox = await window.GetFromJsonAsync<JsonElement>("/api/tasks?filter=pending");
        var task = inbox.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("instanceId").GetString() == receipt.Number);
        Assert.Equal("accept", task.GetProperty("node").GetString());
        Assert.Equal("申请受理", task.GetProperty("nodeName").GetString());
        // The row carries the English names from the definition for the English UI, and the definition id.
        Assert.Equal("rural-housing", task.GetProperty("definitionId").GetString());
        Assert.Equal("农民建房", task.GetProperty("matterName").GetString());
        Assert.Equal("Rural housing construction", task.GetProperty("matterNameEn").GetString());
        Assert.Equal("Acceptance at the township window", task.GetProperty("nodeNameEn").GetString());
        var taskId = task.GetProperty("taskId").GetString();

        // Another unit's officer cannot act on it, nor see that it exists.
        var housing = await _server.SignedInAsync("officer.cs-housing");
        var foreign = await housing.PostAsJsonAsync($"/api/tasks/{receipt.Number}/{taskId}/complete", new { outcome = "accept", fields = new { opinion = "x" } });
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        // The engine decides first and refuses ("the task belongs to …"); the answer must still
        // be the plain 404, naming neither the holding unit nor the step.
        var refusal = await foreign.Content.ReadAsStringAsync();
        Assert.DoesNotContain("baishi", refusal, StringComparison.Ordinal);
        Assert.DoesNotContain("accept", refusal, StringComparison.Ordinal);

        var done = await window.PostAsJsonAsync($"/api/tasks/{receipt.Number}/{taskId}/complete", new { outcome = "accept", fields = new { opinion = "材料齐全" } });
        Assert.Equal(HttpStatusCode.OK, done.StatusCode);

        var status = await applicant.GetFromJsonAsync<JsonElement>($"/api/matters/{receipt.Number}");
        var holders = status.GetProperty("holding").EnumerateArray().Select(h => h.GetProperty("unit").GetString()).Order().ToList();
        Assert.Equal(["baishi-baishi-committee", "cs-agriculture", "cs-housing", "cs-natural-resources"], holders);
        Assert.Contains(status.GetProperty("steps").EnumerateArray(), s => s.GetProperty("node").GetString() == "accept" && s.GetProperty("outcome").GetString() == "accept");

        // Now the housing bureau holds work in it: it may read the matter and sees its task.
        Assert.Equal(HttpStatusCode.OK, (await housing.GetAsync($"/api/matters/{receipt.Number}")).StatusCode);
        var housingInbox = await housing.GetFromJsonAsync<JsonElement>("/api/tasks");
        Assert.Contains(housingInbox.GetProperty("items").EnumerateArray(), i => i.GetProperty("instanceId").GetString() == receipt.Number);

        // Completing the same task again is a clear conflict, not a second change.
        var again = await window.PostAsJsonAsync($"/api/tasks/{receipt.Number}/{taskId}/complete", new { outcome = "accept", fields = new { opinion = "again" } });
        Assert.True(again.StatusCode is HttpStatusCode.Conflict or HttpStatusCode.NotFound, again.StatusCode.ToString());
        Assert.Equal("application/problem+json", again.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Status_CarriesTheEnglishStepOfHoldersAndFinishedSteps_ForTheApplicantAndTheLookup()
    {
        var applicant = await _server.SignedInAsync("zhangsan");
        var receipt = await ApplyAsync(applicant);
        var window = await _server.SignedInAsync("officer.baishi-service");
        await Workbench.AcceptAsync(window, receipt.Number);

        var status = await applicant.GetFromJsonAsync<JsonElement>($"/api/matters/{receipt.Number}");
        var accepted = status.GetProperty("steps").EnumerateArray().Single(s => s.GetProperty("node").GetString() == "accept");
        Assert.Equal(("申请受理", "Application accepted"), (accepted.GetProperty("step").GetString(), accepted.GetProperty("stepEn").GetString()));
        var holders = status.GetProperty("holding").EnumerateArray().ToList();
        Assert.Equal(4, holders.Count);
        Assert.All(holders, h => Assert.Equal(("联合审查", "Joint review"), (h.GetProperty("step").GetString(), h.GetProperty("stepEn").GetString())));

        var anonymous = _server.CreateClient();
        var found = await anonymous.GetFromJsonAsync<JsonElement>($"/api/lookup?receipt={receipt.Number}&code={receipt.QueryCode}");
        Assert.Equal("Application accepted", found.GetProperty("steps").EnumerateArray()
            .Single(s => s.GetProperty("node").GetString() == "accept").GetProperty("stepEn").GetString());
    }

    [Fact]
    public async Task AnotherApplicant_CannotSeeTheMatter_ButTheReceiptAndQueryCodeFindItWithoutAnAccount()
    {
        var owner = await _server.SignedInAsync("zhangsan");
        var receipt = await ApplyAsync(owner);

        var other = await _server.SignedInAsync("lisi");
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/matters/{receipt.Number}")).StatusCode);
        var mine = await other.GetFromJsonAsync<JsonElement>("/api/matters/mine");
        Assert.DoesNotContain(mine.GetProperty("items").EnumerateArray(), m => m.GetProperty("id").GetString() == receipt.Number);
        var ownerMine = await owner.GetFromJsonAsync<JsonElement>("/api/matters/mine");
        Assert.Contains(ownerMine.GetProperty("items").EnumerateArray(), m => m.GetProperty("id").GetString() == receipt.Number);

        var anonymous = _server.CreateClient();
        var found = await anonymous.GetFromJsonAsync<JsonElement>($"/api/lookup?receipt={receipt.Number}&code={receipt.QueryCode}");
        Assert.Equal(receipt.Number, found.GetProperty("id").GetString());
        var wrong = await anonymous.GetAsync($"/api/lookup?receipt={receipt.Number}&code=000000{(receipt.QueryCode == "000000" ? "1" : "")}");
        Assert.Equal(HttpStatusCode.NotFound, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync($"/api/matters/{receipt.Number}")).StatusCode);
    }

    [Fact]
    public async Task Apply_WithMissingAndInvalidFields_NamesEveryFieldAndStartsNothing()
    {
        var applicant = await _server.SignedInAsync("lisi");
        var form = RuralHousingForm.Valid();
        form.Remove("phone");
        form["id_number"] = "330822198001010012"; // wrong check digit
        var response = await applicant.PostAsJsonAsync("/api/matters/rural-housing/applications", new { form });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty("phone", out _));
        Assert.True(errors.TryGetProperty("id_number", out _));
        var mine = await applicant.GetFromJsonAsync<JsonElement>("/api/matters/mine");
        Assert.Equal(0, mine.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task Roles_AreEnforced_OnTheServer()
    {
        var anonymous = _server.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/tasks")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync("/api/matters/rural-housing/applications", new { form = RuralHousingForm.Valid() })).StatusCode);

        var applicant = await _server.SignedInAsync("zhangsan");
        Assert.Equal(HttpStatusCode.Forbidden, (await applicant.GetAsync("/api/tasks")).StatusCode);
        var officer = await _server.SignedInAsync("officer.cs-housing");
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.PostAsJsonAsync("/api/matters/rural-housing/applications", new { form = RuralHousingForm.Valid() })).StatusCode);
        var designer = await _server.SignedInAsync("designer");
        Assert.Equal(HttpStatusCode.Forbidden, (await designer.GetAsync("/api/tasks")).StatusCode);

        var me = await officer.GetFromJsonAsync<JsonElement>("/api/account/me");
        Assert.Equal("officer", me.GetProperty("role").GetString());
        Assert.Equal("cs-housing", me.GetProperty("unit").GetString());
    }

    private async Task<(string Number, string QueryCode)> ApplyAsync(HttpClient applicant)
    {
        var response = await applicant.PostAsJsonAsync("/api/matters/rural-housing/applications", new { form = RuralHousingForm.Valid() });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var receipt = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (receipt.GetProperty("receiptNumber").GetString()!, receipt.GetProperty("queryCode").GetString()!);
    }
}
