using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace OneMatter.Server.Tests.Support;

/// <summary>The administrators' workspace-file API as the tests call it, and the edits they send.</summary>
internal static class WorkspaceFilesApi
{
    public const string Calendar = "calendars/cn-mainland.yaml";
    public const string Org = "org/changshan.yaml";

    /// <summary>2027 as the tests assume it: New Year's Day (Fri 1 Jan) to Sun 3 Jan and a Spring
    /// Festival week (illustrative dates; the State Council publishes the real ones in November).</summary>
    public const string Year2027 = """

          # 2027 (illustrative, added through the API in the tests).
          2027:
            holidays:
              - { name: 元旦 New Year, from: 2027-01-01, to: 2027-01-03 }
              - { name: 春节 Spring Festival, from: 2027-02-06, to: 2027-02-14 }
            working-weekends: []

        """;

    /// <summary>The shipped calendar with <see cref="Year2027"/> appended under <c>years:</c>.</summary>
    public static string CalendarWith2027() =>
        File.ReadAllText(Path.Combine(Repo.Root, "workflows", Calendar)).TrimEnd() + "\n" + Year2027;

    public static async Task<HttpResponseMessage> PutAsync(HttpClient admin, string path, string yaml, int baseVersion) =>
        await admin.PutAsJsonAsync($"/api/admin/workspace-files/{path}", new { yaml, baseVersion });

    public static async Task<int> SaveAsync(HttpClient admin, string path, string yaml, int baseVersion)
    {
        var response = await PutAsync(admin, path, yaml, baseVersion);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt32();
    }

    /// <summary>The due instant of the first open task of a matter, as its applicant sees it.</summary>
    public static async Task<DateTimeOffset> FirstDueAsync(HttpClient reader, string receipt)
    {
        var status = await reader.GetFromJsonAsync<JsonElement>($"/api/matters/{receipt}");
        return status.GetProperty("holding").EnumerateArray().First().GetProperty("due").GetDateTimeOffset();
    }

    public static async Task<JsonElement> YearAsync(HttpClient reader, int year) =>
        await reader.GetFromJsonAsync<JsonElement>($"/api/calendars/cn-mainland?year={year}");
}
