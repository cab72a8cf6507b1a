using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OneMatter.Server.Tests.Support;

namespace OneMatter.Server.Tests;

/// <summary>
/// What an edit of the org directory or a calendar must pass: the real parsers (errors at line and
/// column), the version it was made from (409 when someone saved first), every served definition
/// (a unit a definition assigns cannot be removed), the editable paths only, administrators only.
/// A refused edit saves nothing and switches nothing.
/// </summary>
public sealed class WorkspaceFileEditTests : IClassFixture<ServerFixture>
{
    private readonly ServerFixture _server;

    public WorkspaceFileEditTests(ServerFixture server) => _server = server;

    private static string ShippedOrg() => File.ReadAllText(Path.Combine(Repo.Root, "workflows", WorkspaceFilesApi.Org));

    [Fact]
    public async Task BadYaml_Is400_WithEveryErrorsLineAndColumn_AndNothingIsSaved()
    {
        var admin = await _server.SignedInAsync("admin");
        var text = WorkspaceFilesApi.CalendarWith2027().Replace("from: 2027-02-06", "from: 2027-02-30", StringComparison.Ordinal);
        var lines = text.Split('\n');
        var line = Array.FindIndex(lines, l => l.Contains("2027-02-30", StringComparison.Ordinal)) + 1;

        var response = await WorkspaceFilesApi.PutAsync(admin, WorkspaceFilesApi.Calendar, text, 0);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        var error = Assert.Single(problem.GetProperty("errors").EnumerateArray());
        Assert.Equal((WorkspaceFilesApi.Calendar, line), (error.GetProperty("file").GetString(), error.GetProperty("line").GetInt32()));
        Assert.Equal(lines[line - 1].IndexOf("2027-02-30", StringComparison.Ordinal) + 1, error.GetProperty("column").GetInt32());

        var syntax = await WorkspaceFilesApi.PutAsync(admin, WorkspaceFilesApi.Calendar, "id: cn-mainland\nyears: [unclosed\n", 0);
        Assert.Equal(HttpStatusCode.BadRequest, syntax.StatusCode);
        var syntaxError = (await syntax.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateArray().First();
        Assert.True(syntaxError.GetProperty("line").GetInt32() > 0 && syntaxError.GetProperty("column").GetInt32() > 0, syntaxError.ToString());

        var versions = await admin.GetFromJsonAsync<JsonElement>($"/api/admin/workspace-files/{WorkspaceFilesApi.Calendar}/versions");
        Assert.Equal(0, versions.GetArrayLength());
        Assert.False((await WorkspaceFilesApi.YearAsync(admin, 2027)).GetProperty("hasData").GetBoolean());
    }

    [Fact]
    public async Task RemovingAUnitADefinitionAssigns_Is400_NamingTheDefinitionAndTheUnit()
    {
        var admin = await _server.SignedInAsync("admin");
        var withoutHousing = string.Join('\n', ShippedOrg().Split('\n').Where(l => !l.Contains("{ id: cs-housing,", StringComparison.Ordinal)));
        // Made from whatever version serves now (another test of this class edits the org too).
        var current = await admin.GetFromJsonAsync<JsonElement>($"/api/admin/workspace-files/{WorkspaceFilesApi.Org}");
        var stored = current.GetProperty("version").GetInt32();

        var response = await WorkspaceFilesApi.PutAsync(admin, WorkspaceFilesApi.Org, withoutHousing, stored);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        var errors = problem.GetProperty("errors").EnumerateArray().ToList();
        Assert.Contains(errors, e => e.GetProperty("file").GetString() == "rural-housing v1"
            && e.GetProperty("message").GetString()!.Contains("\"cs-housing\"", StringComparison.Ordinal)
            && e.GetProperty("line").GetInt32() > 0);
        Assert.Contains("rural-housing v1", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains("cs-housing", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);

        // Not saved, not switched: the unit is still served.
        var units = await admin.GetFromJsonAsync<JsonElement>("/api/org/units?kind=housing");
        Assert.Contains(units.EnumerateArray(), u => u.GetProperty("id").GetString() == "cs-housing");
        var versions = await admin.GetFromJsonAsync<JsonElement>($"/api/admin/workspace-files/{WorkspaceFilesApi.Org}/versions");
        Assert.Equal(stored, versions.GetArrayLength());
    }

    [Fact]
    public async Task AnOrgEdit_IsServedAtOnce_AndAStaleBaseVersion_Is409()
    {
        var admin = await _server.SignedInAsync("admin");
        var renamed = ShippedOrg().Replace("name: 常山县住房和城乡建设局,", "name: 常山县住房和城乡建设局（更名）,", StringComparison.Ordinal);

        Assert.Equal(1, await WorkspaceFilesApi.SaveAsync(admin, WorkspaceFilesApi.Org, renamed, 0));
        var officer = await _server.SignedInAsync("officer.cs-housing");
        var units = await officer.GetFromJsonAsync<JsonElement>("/api/org/units?kind=housing");
        Assert.Equal("常山县住房和城乡建设局（更名）", units.EnumerateArray().Single(u => u.GetProperty("id").GetString() == "cs-housing").GetProperty("name").GetString());

        // Someone else's edit started from the shipped file: refused, not overwritten.
        var stale = await WorkspaceFilesApi.PutAsync(admin, WorkspaceFilesApi.Org, ShippedOrg(), 0);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal("application/problem+json", stale.Content.Headers.ContentType?.MediaType);
        Assert.Equal(1, (await stale.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("currentVersion").GetInt32());
        Assert.Equal(HttpStatusCode.Conflict, (await WorkspaceFilesApi.PutAsync(admin, WorkspaceFilesApi.Org, ShippedOrg(), 7)).StatusCode);

        // Made from version 1, it is saved as version 2 (back to the shipped text).
        Assert.Equal(2, await WorkspaceFilesApi.SaveAsync(admin, WorkspaceFilesApi.Org, ShippedOrg(), 1));
        var file = await admin.GetFromJsonAsync<JsonElement>($"/api/admin/workspace-files/{WorkspaceFilesApi.Org}");
        Assert.Equal(("stored", 2, "org"), (file.GetProperty("source").GetString(), file.GetProperty("version").GetInt32(), file.GetProperty("kind").GetString()));
        var back = await officer.GetFromJsonAsync<JsonElement>("/api/org/units?kind=housing");
        Assert.Equal("常山县住房和城乡建设局", back.EnumerateArray().Single(u => u.GetProperty("id").GetString() == "cs-housing").GetProperty("name").GetString());
    }

    [Theory]
    [InlineData("org%2F..%2F..%2Fappsettings.yaml", HttpStatusCode.BadRequest)]
    [InlineData("calendars%2F..%2Frural-housing.yaml", HttpStatusCode.BadRequest)]
    [InlineData("calendars/..%2F..%2Fsrc%2Fsecrets.yaml", HttpStatusCode.BadRequest)]
    [InlineData("rural-housing.yaml", HttpStatusCode.BadRequest)]
    [InlineData("templates/_layout.yaml", HttpStatusCode.BadRequest)]
    [InlineData("org/changshan.yml", HttpStatusCode.BadRequest)]
    [InlineData("org/.changshan.yaml", HttpStatusCode.BadRequest)]
    [InlineData("org/sub/changshan.yaml", HttpStatusCode.BadRequest)]
    [InlineData("org/atlantis.yaml", HttpStatusCode.NotFound)]
    [InlineData("calendars/mars.yaml", HttpStatusCode.NotFound)]
    public async Task OnlyTheShippedOrgAndCalendarFiles_AreReadOrEdited(string path, HttpStatusCode expected)
    {
        var admin = await _server.SignedInAsync("admin");

        var read = await admin.GetAsync($"/api/admin/workspace-files/{path}");
        var write = await WorkspaceFilesApi.PutAsync(admin, path, "units: []\n", 0);
        var versions = await admin.GetAsync($"/api/admin/workspace-files/{path}/versions");

        Assert.Equal((expected, expected, expected), (read.StatusCode, write.StatusCode, versions.StatusCode));
        Assert.Equal("application/problem+json", write.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("designer")]
    [InlineData("officer.cs-housing")]
    [InlineData("supervisor")]
    [InlineData("zhangsan")]
    public async Task OnlyAdmins_SeeOrEditTheFiles(string account)
    {
        var user = await _server.SignedInAsync(account);

        Assert.Equal(HttpStatusCode.Forbidden, (await user.GetAsync("/api/admin/workspace-files")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await user.GetAsync($"/api/admin/workspace-files/{WorkspaceFilesApi.Calendar}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden,
            (await WorkspaceFilesApi.PutAsync(user, WorkspaceFilesApi.Calendar, WorkspaceFilesApi.CalendarWith2027(), 0)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await _server.CreateClient().GetAsync("/api/admin/workspace-files")).StatusCode);
        // Reading the directory and calendars stays open to every signed-in user.
        Assert.Equal(HttpStatusCode.OK, (await user.GetAsync("/api/calendars/cn-mainland?year=2026")).StatusCode);
    }
}
