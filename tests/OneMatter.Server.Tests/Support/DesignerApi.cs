using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace OneMatter.Server.Tests.Support;

/// <summary>The definitions API as the web designer calls it, and the texts the tests send.</summary>
internal static class DesignerApi
{
    /// <summary>The repository's rural-housing definition, as published at start (version 1).</summary>
    public static string RuralHousing() => File.ReadAllText(Path.Combine(Repo.Root, "workflows", "rural-housing.yaml"));

    /// <summary>Rural housing with another English name and a longer acceptance deadline: a
    /// valid new version whose changes the diff must name.</summary>
    public static string RuralHousingV2() => RuralHousing()
        .Replace("name-en: Rural housing construction\n", "name-en: Rural housing construction (revised)\n", StringComparison.Ordinal)
        .Replace("    deadline: 1 working day\n", "    deadline: 2 working days\n", StringComparison.Ordinal);

    public static StringContent Yaml(string text) => new(text, Encoding.UTF8, "text/yaml");

    public static async Task<JsonElement> ValidateAsync(HttpClient designer, string yaml)
    {
        var response = await designer.PostAsync("/api/definitions/validate", Yaml(yaml));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static async Task<JsonElement> SaveDraftAsync(HttpClient designer, string id, string yaml)
    {
        var response = await designer.PutAsync($"/api/definitions/{id}/draft", Yaml(yaml));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static async Task<int> PublishAsync(HttpClient designer, string id)
    {
        var response = await designer.PostAsync($"/api/definitions/{id}/publish", null);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var published = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("designer", published.GetProperty("publishedBy").GetString());
        return published.GetProperty("version").GetInt32();
    }

    /// <summary>Applies for rural housing and returns the receipt number.</summary>
    public static async Task<string> ApplyAsync(HttpClient applicant)
    {
        var response = await applicant.PostAsJsonAsync("/api/matters/rural-housing/applications", new { form = RuralHousingForm.Valid() });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("receiptNumber").GetString()!;
    }

    /// <summary>The version a matter runs on, as its status tells the applicant.</summary>
    public static async Task<int> VersionOfAsync(HttpClient reader, string receipt) =>
        (await reader.GetFromJsonAsync<JsonElement>($"/api/matters/{receipt}")).GetProperty("definitionVersion").GetInt32();

    /// <summary>The township window accepts the matter's first task: it must advance.</summary>
    public static async Task AcceptAsync(HttpClient window, string receipt)
    {
        var inbox = await window.GetFromJsonAsync<JsonElement>("/api/tasks?filter=pending&pageSize=100");
        var task = inbox.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("instanceId").GetString() == receipt);
        var done = await window.PostAsJsonAsync($"/api/tasks/{receipt}/{task.GetProperty("taskId").GetString()}/complete",
            new { outcome = "accept", fields = new { opinion = "材料齐全" } });
        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
    }
}
