using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using OneMatter.Server.Tests.Support;

namespace OneMatter.Server.Tests;

/// <summary>
/// An administrator adds next year's holidays through the API, without a release or a restart:
/// the calendar endpoint and deadlines computed from then on honour them, deadlines computed
/// before stay, and after a restart the stored version still overrides the shipped file.
/// </summary>
public sealed class WorkspaceFileCalendarTests : IDisposable
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    // Thu 31 Dec 2026: the acceptance task's 1 working day runs into 2027, whose holidays the
    // shipped calendar does not know yet.
    private static readonly DateTimeOffset NewYearsEve = new(2026, 12, 31, 10, 0, 0, China);

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "onematter-wsfiles-" + Guid.NewGuid().ToString("N"));

    public WorkspaceFileCalendarTests() => Directory.CreateDirectory(_folder);

    [Fact]
    public async Task AnAdminAdds2027Holidays_CalendarAndNewDeadlinesHonourThem_WithoutARestart_AndAfterOne()
    {
        var clock = AdjustableClock.StartingAt(NewYearsEve);
        string before;
        await using (var server = new ClockedPersistentServer(_folder, clock))
        {
            var admin = await server.SignedInAsync("admin");
            var files = await admin.GetFromJsonAsync<JsonElement>("/api/admin/workspace-files");
            var calendar = files.EnumerateArray().Single(f => f.GetProperty("path").GetString() == WorkspaceFilesApi.Calendar);
            Assert.Equal(("calendar", "shipped", 0), (calendar.GetProperty("kind").GetString(), calendar.GetProperty("source").GetString(),
                calendar.GetProperty("version").GetInt32()));
            Assert.Contains(files.EnumerateArray(), f => f.GetProperty("path").GetString() == WorkspaceFilesApi.Org);
            var shipped = await admin.GetFromJsonAsync<JsonElement>($"/api/admin/workspace-files/{WorkspaceFilesApi.Calendar}");
            Assert.Equal(File.ReadAllText(Path.Combine(Repo.Root, "workflows", WorkspaceFilesApi.Calendar)), shipped.GetProperty("yaml").GetString());

            var applicant = await server.SignedInAsync("zhangsan");
            var officer = await server.SignedInAsync("officer.cs-housing");
            before = await DesignerApi.ApplyAsync(applicant);
            // Without 2027 data, Fri 1 Jan counts as a working day.
            Assert.Equal(new DateTimeOffset(2027, 1, 1, 17, 30, 0, China), await WorkspaceFilesApi.FirstDueAsync(applicant, before));
            Assert.False((await WorkspaceFilesApi.YearAsync(officer, 2027)).GetProperty("hasData").GetBoolean());

            Assert.Equal(1, await WorkspaceFilesApi.SaveAsync(admin, WorkspaceFilesApi.Calendar, WorkspaceFilesApi.CalendarWith2027(), baseVersion: 0));

            await AssertHonours2027Async(officer);
            var after = await DesignerApi.ApplyAsync(applicant);
            Assert.Equal(new DateTimeOffset(2027, 1, 4, 17, 30, 0, China), await WorkspaceFilesApi.FirstDueAsync(applicant, after));
            // Computed before the edit, kept in the matter's state.
            Assert.Equal(new DateTimeOffset(2027, 1, 1, 17, 30, 0, China), await WorkspaceFilesApi.FirstDueAsync(applicant, before));

            var versions = await admin.GetFromJsonAsync<JsonElement>($"/api/admin/workspace-files/{WorkspaceFilesApi.Calendar}/versions");
            var version = Assert.Single(versions.EnumerateArray());
            Assert.Equal((1, "admin"), (version.GetProperty("version").GetInt32(), version.GetProperty("savedBy").GetString()));
            Assert.Equal(WorkspaceFileEditorSha(WorkspaceFilesApi.CalendarWith2027()), version.GetProperty("sha256").GetString());
        }

        await using var restarted = new ClockedPersistentServer(_folder, clock);
        var officer2 = await restarted.SignedInAsync("officer.cs-housing");
        await AssertHonours2027Async(officer2);
        var applicant2 = await restarted.SignedInAsync("zhangsan");
        var later = await DesignerApi.ApplyAsync(applicant2);
        Assert.Equal(new DateTimeOffset(2027, 1, 4, 17, 30, 0, China), await WorkspaceFilesApi.FirstDueAsync(applicant2, later));
        Assert.Equal(new DateTimeOffset(2027, 1, 1, 17, 30, 0, China), await WorkspaceFilesApi.FirstDueAsync(applicant2, before));
        var admin2 = await restarted.SignedInAsync("admin");
        var stored = await admin2.GetFromJsonAsync<JsonElement>($"/api/admin/workspace-files/{WorkspaceFilesApi.Calendar}");
        Assert.Equal(("stored", 1, "admin"), (stored.GetProperty("source").GetString(), stored.GetProperty("version").GetInt32(),
            stored.GetProperty("savedBy").GetString()));
        Assert.Equal(WorkspaceFilesApi.CalendarWith2027(), stored.GetProperty("yaml").GetString());
    }

    private static async Task AssertHonours2027Async(HttpClient reader)
    {
        var year = await WorkspaceFilesApi.YearAsync(reader, 2027);
        Assert.True(year.GetProperty("hasData").GetBoolean());
        Assert.Equal(["元旦 New Year", "春节 Spring Festival"], year.GetProperty("holidays").EnumerateArray().Select(h => h.GetProperty("name").GetString()));
        var working = year.GetProperty("workingDays").EnumerateArray().Select(d => d.GetString()).ToHashSet();
        Assert.DoesNotContain("2027-01-01", working);
        Assert.DoesNotContain("2027-02-08", working); // the Spring Festival Monday
        Assert.Contains("2027-01-04", working);
        Assert.Contains("2027-02-15", working);
        var list = await reader.GetFromJsonAsync<JsonElement>("/api/calendars");
        var years = list.EnumerateArray().Single(c => c.GetProperty("id").GetString() == "cn-mainland").GetProperty("years");
        Assert.Contains(2027, years.EnumerateArray().Select(y => y.GetInt32()));
    }

    private static string WorkspaceFileEditorSha(string text) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)));

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a finishing background job; the temp folder is cleaned later.
        }
    }
}
