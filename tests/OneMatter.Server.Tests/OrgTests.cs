using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OneMatter.Server.Tests.Support;

namespace OneMatter.Server.Tests;

/// <summary>The org directory and the working-day calendar, readable by every signed-in user.</summary>
public sealed class OrgTests : IClassFixture<ServerFixture>
{
    private readonly ServerFixture _server;

    public OrgTests(ServerFixture server) => _server = server;

    [Fact]
    public async Task Units_FilterByKindAndPlace_AndJurisdictions_ByLevel()
    {
        var applicant = await SignedInClients.AsAsync(_server, "zhangsan");
        var committees = await applicant.GetFromJsonAsync<JsonElement>("/api/org/units?kind=village-committee&jurisdiction=baishi");
        var ids = committees.EnumerateArray().Select(u => u.GetProperty("id").GetString()).ToList();
        Assert.Contains("baishi-baishi-committee", ids);
        Assert.Contains("baishi-caoping-committee", ids);
        Assert.All(committees.EnumerateArray(), u => Assert.Equal("village-committee", u.GetProperty("kind").GetString()));
        var all = await applicant.GetFromJsonAsync<JsonElement>("/api/org/units");
        Assert.Contains(all.EnumerateArray(), u => u.GetProperty("id").GetString() == "cs-housing" && u.GetProperty("level").GetString() == "county");
        Assert.True(all.GetArrayLength() > committees.GetArrayLength());

        var supervisor = await SignedInClients.AsAsync(_server, "supervisor");
        var zones = await supervisor.GetFromJsonAsync<JsonElement>("/api/org/jurisdictions?level=zone");
        Assert.Equal(["zone-east", "zone-north", "zone-south", "zone-west"], zones.EnumerateArray().Select(z => z.GetProperty("id").GetString()).Order());
        var east = await supervisor.GetFromJsonAsync<JsonElement>("/api/org/jurisdictions?level=township&parent=zone-east");
        Assert.Contains(east.EnumerateArray(), j => j.GetProperty("id").GetString() == "baishi");

        Assert.Equal(HttpStatusCode.BadRequest, (await applicant.GetAsync("/api/org/units?jurisdiction=atlantis")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await applicant.GetAsync("/api/org/jurisdictions?level=galaxy")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await _server.CreateClient().GetAsync("/api/org/units")).StatusCode);
    }

    [Fact]
    public async Task Calendar_Year2026_HasTheStateCouncilHolidaysAndSwappedDays_AndAnUnpublishedYearIsFlagged()
    {
        var officer = await SignedInClients.AsAsync(_server, "officer.cs-housing");
        var list = await officer.GetFromJsonAsync<JsonElement>("/api/calendars");
        Assert.Contains(list.EnumerateArray(), c => c.GetProperty("id").GetString() == "cn-mainland");

        var year = await officer.GetFromJsonAsync<JsonElement>("/api/calendars/cn-mainland?year=2026");
        Assert.True(year.GetProperty("hasData").GetBoolean());
        Assert.Equal(7, year.GetProperty("holidays").GetArrayLength());
        var swapped = year.GetProperty("swappedWorkingDays").EnumerateArray().Select(d => d.GetString()).ToList();
        Assert.Equal(["2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"], swapped);
        var working = year.GetProperty("workingDays").EnumerateArray().Select(d => d.GetString()).ToHashSet();
        Assert.Contains("2026-02-14", working);       // swapped Saturday
        Assert.DoesNotContain("2026-02-16", working); // Spring Festival Monday
        Assert.Contains("2026-02-27", working);
        Assert.Equal(working.Count, year.GetProperty("workingDayCount").GetInt32());
        Assert.Equal(["08:30-12:00", "14:00-17:30"], year.GetProperty("officeHours").EnumerateArray().Select(h => h.GetString()));

        var unpublished = await officer.GetFromJsonAsync<JsonElement>("/api/calendars/cn-mainland?year=2030");
        Assert.False(unpublished.GetProperty("hasData").GetBoolean());
        Assert.Empty(unpublished.GetProperty("holidays").EnumerateArray());
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync("/api/calendars/mars")).StatusCode);
    }
}
