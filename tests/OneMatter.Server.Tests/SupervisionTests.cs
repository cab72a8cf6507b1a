using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OneMatter.Server.Tests.Support;

namespace OneMatter.Server.Tests;

/// <summary>The command centre through the real API, on a server whose clock the test moves
/// forward: live matters, warnings and overdue items, 催办 and 督办 on a task, unit statistics and
/// appraisal inputs, and who may use them.</summary>
public sealed class SupervisionTests : IClassFixture<ClockedServerFixture>
{
    private readonly ClockedServerFixture _server;

    public SupervisionTests(ClockedServerFixture server) => _server = server;

    [Fact]
    public async Task ApplicantsDesignersAndOfficers_AreForbidden_OnEverySupervisionEndpoint()
    {
        var receipt = await Workbench.ApplyAsync(await _server.AsAsync("zhangsan"));
        var taskId = await Workbench.TaskAsync(await _server.AsAsync("officer.baishi-service"), receipt, "accept");
        foreach (var user in new[] { "zhangsan", "designer", "officer.baishi-service" })
        {
            var client = await _server.AsAsync(user);
            foreach (var path in new[] { "matters", "alerts", "units", "score-inputs" })
            {
                Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/api/supervision/{path}")).StatusCode);
            }
            Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsJsonAsync($"/api/supervision/tasks/{receipt}/{taskId}/urge", new { message = "x" })).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsJsonAsync($"/api/supervision/tasks/{receipt}/{taskId}/supervise", new { message = "x" })).StatusCode);
        }
        Assert.Equal(HttpStatusCode.Unauthorized, (await _server.CreateClient().GetAsync("/api/supervision/matters")).StatusCode);
        // Nothing was urged or supervised by the refused calls.
        var row = await InboxRowAsync(receipt);
        Assert.Equal(0, row.GetProperty("urged").GetInt32());
        Assert.False(row.GetProperty("supervised").GetBoolean());
    }

    [Fact]
    public async Task UrgeAndSupervise_ShowOnTheTaskRow_OnTheMattersPage_AndInTheLog_UnderTheSupervisor()
    {
        var applicant = await _server.AsAsync("zhangsan");
        var receipt = await Workbench.ApplyAsync(applicant);
        var window = await _server.AsAsync("officer.baishi-service");
        var taskId = await Workbench.TaskAsync(window, receipt, "accept");
        var supervisor = await _server.AsAsync("supervisor");

        var urged = await supervisor.PostAsJsonAsync($"/api/supervision/tasks/{receipt}/{taskId}/urge", new { message = "请今日内受理" });
        Assert.Equal(HttpStatusCode.OK, urged.StatusCode);
        var supervised = await supervisor.PostAsJsonAsync($"/api/supervision/tasks/{receipt}/{taskId}/supervise", new { message = "列入督办" });
        Assert.Equal(HttpStatusCode.OK, supervised.StatusCode);

        var row = await InboxRowAsync(receipt);
        Assert.Equal(1, row.GetProperty("urged").GetInt32());
        Assert.True(row.GetProperty("supervised").GetBoolean());

        var matters = await supervisor.GetFromJsonAsync<JsonElement>("/api/supervision/matters?definition=rural-housing&pageSize=100");
        var matter = matters.GetProperty("page").GetProperty("items").EnumerateArray().Single(m => m.GetProperty("id").GetString() == receipt);
        Assert.Equal(1, matter.GetProperty("supervisedTasks").GetInt32());
        Assert.Equal(1, matter.GetProperty("urged").GetInt32());
        Assert.Equal(["baishi-service"], matter.GetProperty("holdingUnits").EnumerateArray().Select(u => u.GetString()));
        Assert.Contains(matters.GetProperty("counts").EnumerateArray(), c => c.GetProperty("definitionId").GetString() == "rural-housing"
            && c.GetProperty("status").GetString() == "Running" && c.GetProperty("count").GetInt32() >= 1 && c.GetProperty("name").GetString() == "农民建房");

        var detail = await Workbench.DetailAsync(window, receipt, taskId);
        Assert.True(detail.GetProperty("supervised").GetBoolean());
        Assert.Equal(1, detail.GetProperty("urged").GetInt32());
        foreach (var type in new[] { "task-urged", "task-supervised" })
        {
            var entry = Assert.Single(Workbench.History(detail, type));
            Assert.Equal("supervisor", entry.GetProperty("actor").GetString());
            Assert.Equal("cs-command-centre", entry.GetProperty("unit").GetString());
        }
        Assert.Equal("列入督办", Assert.Single(Workbench.History(detail, "task-supervised")).GetProperty("text").GetString());
        // The applicant sees that the matter is being urged and supervised where it is held.
        var status = await applicant.GetFromJsonAsync<JsonElement>($"/api/matters/{receipt}");
        Assert.Equal(detail.GetProperty("version").GetInt64(), status.GetProperty("version").GetInt64());
        var holder = Assert.Single(status.GetProperty("holding").EnumerateArray());
        Assert.True(holder.GetProperty("supervised").GetBoolean());
        Assert.Equal(1, holder.GetProperty("urged").GetInt32());
    }

    [Fact]
    public async Task Supervise_WithTheSupervisionNotice_IssuesTheDocumentToTheHoldingUnit_NotTheApplicant()
    {
        var receipt = await Workbench.ApplyAsync(await _server.AsAsync("zhangsan"));
        _server.Advance(TimeSpan.FromDays(10));
        // signed in after the clock moved, so the tokens are fresh
        var applicant = await _server.AsAsync("zhangsan");
        var window = await _server.AsAsync("officer.baishi-service");
        var taskId = await Workbench.TaskAsync(window, receipt, "accept");
        var supervisor = await _server.AsAsync("supervisor");
        var alerts = await supervisor.GetFromJsonAsync<JsonElement>("/api/supervision/alerts?level=overdue&unit=baishi-service&pageSize=100");
        var alert = alerts.GetProperty("items").EnumerateArray().Single(a => a.GetProperty("instanceId").GetString() == receipt);
        Assert.Equal("supervision-notice", alert.GetProperty("supervisionDocument").GetString());

        // A document the matter does not declare: a problem naming the field, nothing supervised.
        var before = await Workbench.VersionAsync(applicant, receipt);
        var wrong = await supervisor.PostAsJsonAsync($"/api/supervision/tasks/{receipt}/{taskId}/supervise", new { message = "限期办结", document = "supervison-notice" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, wrong.StatusCode);
        var problem = await wrong.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("document", problem.GetProperty("field").GetString());
        Assert.Equal(before, await Workbench.VersionAsync(applicant, receipt));

        var supervised = await supervisor.PostAsJsonAsync($"/api/supervision/tasks/{receipt}/{taskId}/supervise",
            new { message = "限两个工作日内办结", document = "supervision-notice" });
        Assert.Equal(HttpStatusCode.OK, supervised.StatusCode);

        JsonElement notice = default;
        for (var attempt = 0; attempt < 100 && notice.ValueKind != JsonValueKind.Object; attempt++)
        {
            var listed = await window.GetFromJsonAsync<JsonElement>($"/api/matters/{receipt}/documents");
            notice = listed.EnumerateArray().FirstOrDefault(d => d.GetProperty("document").GetString() == "supervision-notice");
            if (notice.ValueKind != JsonValueKind.Object)
            {
                await Task.Delay(100);
            }
        }
        Assert.True(notice.ValueKind == JsonValueKind.Object,
            $"no 督办单 within 10 s: {await window.GetStringAsync($"/api/matters/{receipt}/documents")}");
        Assert.Equal("督办单", notice.GetProperty("title").GetString());
        var html = await window.GetStringAsync(notice.GetProperty("url").GetString());
        Assert.Contains("限两个工作日内办结", html, StringComparison.Ordinal);
        Assert.Contains("白石镇便民服务中心", html, StringComparison.Ordinal);
        Assert.Contains("常山县社会治理综合指挥中心", html, StringComparison.Ordinal);
        Assert.Contains("已超过办理时限", html, StringComparison.Ordinal);
        // Internal: the applicant's list does not show it, nor may they fetch it.
        var mine = await applicant.GetFromJsonAsync<JsonElement>($"/api/matters/{receipt}/documents");
        Assert.DoesNotContain(mine.EnumerateArray(), d => d.GetProperty("document").GetString() == "supervision-notice");
        Assert.Equal(HttpStatusCode.NotFound, (await applicant.GetAsync(notice.GetProperty("url").GetString())).StatusCode);
    }

    [Fact]
    public async Task UrgeAndSupervise_OnAnUnknownTaskOrMatter_AreProblems_AndChangeNothing()
    {
        var applicant = await _server.AsAsync("zhangsan");
        var receipt = await Workbench.ApplyAsync(applicant);
        var before = await Workbench.VersionAsync(applicant, receipt);
        var supervisor = await _server.AsAsync("supervisor");

        Assert.Equal(HttpStatusCode.NotFound, (await supervisor.PostAsJsonAsync($"/api/supervision/tasks/{receipt}/accept.999/urge", new { message = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await supervisor.PostAsJsonAsync("/api/supervision/tasks/RH-00000000-000000/accept.1/supervise", new { })).StatusCode);
        var malformed = await supervisor.PostAsync($"/api/supervision/tasks/{receipt}/accept.1/urge",
            new StringContent("{\"message\":", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await supervisor.GetAsync("/api/supervision/matters?status=sleeping")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await supervisor.GetAsync("/api/supervision/alerts?jurisdiction=atlantis")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await supervisor.GetAsync("/api/supervision/units?from=2026-13-01")).StatusCode);
        Assert.Equal(before, await Workbench.VersionAsync(applicant, receipt));
    }

    [Fact]
    public async Task ATaskPastItsDueInstant_IsAnOverdueAlert_WithItsUnit_AndCountsAgainstTheUnit()
    {
        var receipt = await Workbench.ApplyAsync(await _server.AsAsync("zhangsan"));
        // The acceptance has 1 working day; ten calendar days later it is overdue whatever the weekday.
        _server.Advance(TimeSpan.FromDays(10));
        var supervisor = await _server.AsAsync("supervisor");

        var alerts = await supervisor.GetFromJsonAsync<JsonElement>("/api/supervision/alerts?level=overdue&unit=baishi-service&pageSize=100");
        var alert = alerts.GetProperty("items").EnumerateArray().Single(a => a.GetProperty("instanceId").GetString() == receipt);
        Assert.Equal("overdue", alert.GetProperty("level").GetString());
        Assert.Equal("accept", alert.GetProperty("node").GetString());
        Assert.Equal("白石镇便民服务中心", alert.GetProperty("unitName").GetString());
        // English names for the English UI, beside the Chinese ones
        Assert.Equal("Rural housing construction", alert.GetProperty("matterNameEn").GetString());
        Assert.False(string.IsNullOrEmpty(alert.GetProperty("nodeNameEn").GetString()));
        var status = await supervisor.GetFromJsonAsync<JsonElement>($"/api/matters/{receipt}");
        var holder = Assert.Single(status.GetProperty("holding").EnumerateArray());
        Assert.Equal(alert.GetProperty("nodeNameEn").GetString(), holder.GetProperty("nodeNameEn").GetString());
        Assert.True(alert.GetProperty("overdueWorkingDays").GetDouble() > 0);
        var warnings = await supervisor.GetFromJsonAsync<JsonElement>("/api/supervision/alerts?level=warning&pageSize=100");
        Assert.DoesNotContain(warnings.GetProperty("items").EnumerateArray(), a => a.GetProperty("instanceId").GetString() == receipt);
        var all = await supervisor.GetFromJsonAsync<JsonElement>("/api/supervision/alerts?pageSize=100");
        Assert.Contains(all.GetProperty("items").EnumerateArray(), a => a.GetProperty("instanceId").GetString() == receipt);
        var overdueMatters = await supervisor.GetFromJsonAsync<JsonElement>("/api/supervision/matters?overdue=true&pageSize=100");
        var matter = overdueMatters.GetProperty("page").GetProperty("items").EnumerateArray().Single(m => m.GetProperty("id").GetString() == receipt);
        Assert.Equal(1, matter.GetProperty("overdueTasks").GetInt32());

        // Accepted now, ten days late: a late completion of the window, with its working days.
        var window = await _server.AsAsync("officer.baishi-service");
        await Workbench.AcceptAsync(window, receipt);
        var units = await supervisor.GetFromJsonAsync<JsonElement>("/api/supervision/units?unit=baishi-service");
        var stats = Assert.Single(units.EnumerateArray());
        Assert.True(stats.GetProperty("completedWithDeadline").GetInt32() > stats.GetProperty("completedOnTime").GetInt32());
        Assert.True(stats.GetProperty("onTimeRate").GetDouble() < 1);
        Assert.True(stats.GetProperty("averageWorkingDays").GetDouble() > 1);
        var scores = await supervisor.GetFromJsonAsync<JsonElement>("/api/supervision/score-inputs");
        var unit = scores.GetProperty("units").EnumerateArray().Single(u => u.GetProperty("unit").GetString() == "baishi-service");
        Assert.True(unit.GetProperty("overdueCount").GetInt32() >= 1);
        var officer = scores.GetProperty("officers").EnumerateArray().Single(o => o.GetProperty("user").GetString() == "officer.baishi-service");
        Assert.True(officer.GetProperty("late").GetInt32() >= 1);
    }

    [Fact]
    public async Task UnitStatistics_CountOnTimeCompletions_WorkingDays_AndTheBacklog()
    {
        var receipt = await Workbench.ApplyAsync(await _server.AsAsync("zhangsan"));
        var window = await _server.AsAsync("officer.baishi-service");
        await Workbench.AcceptAsync(window, receipt);
        var supervisor = await _server.AsAsync("supervisor");
        Assert.Equal(HttpStatusCode.OK, (await supervisor.PostAsJsonAsync(
            $"/api/supervision/tasks/{receipt}/{await Workbench.TaskAsync(await _server.AsAsync("officer.cs-housing"), receipt, "housing")}/supervise",
            new { message = "重点督办" })).StatusCode);

        var units = (await supervisor.GetFromJsonAsync<JsonElement>("/api/supervision/units")).EnumerateArray()
            .ToDictionary(u => u.GetProperty("unit").GetString()!);
        var service = units["baishi-service"];
        Assert.True(service.GetProperty("completedOnTime").GetInt32() >= 1);
        Assert.Equal("township-service-window", service.GetProperty("kind").GetString());
        Assert.True(service.GetProperty("averageWorkingDays").GetDouble() >= 0);
        var housing = units["cs-housing"];
        Assert.True(housing.GetProperty("backlog").GetInt32() >= 1);
        Assert.True(housing.GetProperty("supervised").GetInt32() >= 1);
        Assert.True(units["cs-natural-resources"].GetProperty("backlog").GetInt32() >= 1);

        var scores = await supervisor.GetFromJsonAsync<JsonElement>("/api/supervision/score-inputs");
        Assert.Contains("four-dimension", scores.GetProperty("basis").GetString());
        var housingScore = scores.GetProperty("units").EnumerateArray().Single(u => u.GetProperty("unit").GetString() == "cs-housing");
        Assert.True(housingScore.GetProperty("supervisedCount").GetInt32() >= 1);
        Assert.Equal(0, housingScore.GetProperty("satisfaction").GetProperty("satisfied").GetInt32());
        Assert.Contains(scores.GetProperty("officers").EnumerateArray(), o => o.GetProperty("user").GetString() == "officer.baishi-service"
            && o.GetProperty("unit").GetString() == "baishi-service" && o.GetProperty("completed").GetInt32() >= 1);

        // A period before any of it counts nothing.
        var empty = await supervisor.GetFromJsonAsync<JsonElement>("/api/supervision/units?from=2020-01-01&to=2020-12-31");
        Assert.All(empty.EnumerateArray(), u => Assert.Equal(0, u.GetProperty("completed").GetInt32()));
    }

    private async Task<JsonElement> InboxRowAsync(string receipt)
    {
        var window = await _server.AsAsync("officer.baishi-service");
        var inbox = await window.GetFromJsonAsync<JsonElement>("/api/tasks?filter=pending&pageSize=100");
        return inbox.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("instanceId").GetString() == receipt);
    }
}
