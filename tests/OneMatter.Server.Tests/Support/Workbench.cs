using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace OneMatter.Server.Tests.Support;

/// <summary>Steps many tests share: apply for rural housing, find a unit's task of a matter, read
/// a task's detail, and accept the application at the township window.</summary>
internal static class Workbench
{
    public static async Task<string> ApplyAsync(HttpClient applicant)
    {
        var response = await applicant.PostAsJsonAsync("/api/matters/rural-housing/applications", new { form = RuralHousingForm.Valid() });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("receiptNumber").GetString()!;
    }

    /// <summary>The task id of the matter's open work item at <paramref name="node"/> in the officer's unit inbox.</summary>
    public static async Task<string> TaskAsync(HttpClient officer, string instanceId, string node)
    {
        var inbox = await officer.GetFromJsonAsync<JsonElement>("/api/tasks?filter=pending&pageSize=100");
        return inbox.GetProperty("items").EnumerateArray()
            .Single(i => i.GetProperty("instanceId").GetString() == instanceId && i.GetProperty("node").GetString() == node)
            .GetProperty("taskId").GetString()!;
    }

    public static Task<JsonElement> DetailAsync(HttpClient officer, string instanceId, string taskId) =>
        officer.GetFromJsonAsync<JsonElement>($"/api/tasks/{instanceId}/{taskId}");

    /// <summary>Accepts the application at the Baishi window; the four reviews then open.</summary>
    public static async Task AcceptAsync(HttpClient window, string instanceId)
    {
        var task = await TaskAsync(window, instanceId, "accept");
        var done = await window.PostAsJsonAsync($"/api/tasks/{instanceId}/{task}/complete", new { outcome = "accept", fields = new { opinion = "材料齐全" } });
        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
    }

    /// <summary>The matter's version as its applicant sees it: unchanged means nothing was written.</summary>
    public static async Task<long> VersionAsync(HttpClient applicant, string instanceId) =>
        (await applicant.GetFromJsonAsync<JsonElement>($"/api/matters/{instanceId}")).GetProperty("version").GetInt64();

    /// <summary>The history entries of a type from a task's detail.</summary>
    public static IEnumerable<JsonElement> History(JsonElement detail, string type) =>
        detail.GetProperty("history").EnumerateArray().Where(h => h.GetProperty("type").GetString() == type);
}
