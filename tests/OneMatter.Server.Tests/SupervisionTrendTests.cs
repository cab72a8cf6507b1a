using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using OneMatter.Server.Accounts;
using OneMatter.Server.Tests.Support;

namespace OneMatter.Server.Tests;

/// <summary>The command centre's trend (<c>GET /api/supervision/trend</c>) on its own clocked
/// server, so its figures are exact: two Baishi matters applied today, one accepted on time today
/// and the other fourteen days later, late.</summary>
public sealed class SupervisionTrendTests : IClassFixture<ClockedServerFixture>
{
    private const string BaishiSupervisor = "supervisor.trend-baishi";
    private const string QiuchuanSupervisor = "supervisor.trend-qiuchuan";

    private readonly ClockedServerFixture _server;

    public SupervisionTrendTests(ClockedServerFixture server) => _server = server;

    [Fact]
    public async Task Trend_CountsEachDaysCompletions_OnTimeAndLate_AndTheBacklogAtItsEnd_WithinTheJurisdiction()
    {
        await AddSupervisorAsync(BaishiSupervisor, "baishi");
        await AddSupervisorAsync(QiuchuanSupervisor, "qiuchuan");
        var day0 = Date(_server.Clock.GetUtcNow());
        var zhangsan = await _server.AsAsync("zhangsan");
        var onTime = await Workbench.ApplyAsync(zhangsan);
        var late = await Workbench.ApplyAsync(zhangsan);
        await Workbench.AcceptAsync(await _server.AsAsync("officer.baishi-service"), onTime);
        // The acceptance has 1 working day: fourteen calendar days later it is late whatever the weekday.
        _server.Advance(TimeSpan.FromDays(14));
        await Workbench.AcceptAsync(await _server.AsAsync("officer.baishi-service"), late);

        var supervisor = await _server.AsAsync("supervisor");
        var trend = await TrendAsync(supervisor, "/api/supervision/trend?days=20");
        Assert.Equal(20, trend.Count);
        Assert.Equal(Date(_server.Clock.GetUtcNow()), trend[^1].GetProperty("date").GetString());
        Assert.Equal(day0, trend[5].GetProperty("date").GetString());
        // Before the matters: nothing.
        Assert.All(trend.Take(5), d => AssertDay(d, completed: 0, onTime: 0, late: 0, rate: null, backlog: 0));
        // Day 0: the first acceptance on time; open: its four reviews and the second acceptance.
        AssertDay(trend[5], completed: 1, onTime: 1, late: 0, rate: 1.0, backlog: 5);
        Assert.Equal(0, trend[5].GetProperty("overdueBacklog").GetInt32());
        // Days 1 to 13: nothing done, the same five open, the second acceptance overdue by day 13.
        Assert.All(trend.Skip(6).Take(13), d => AssertDay(d, completed: 0, onTime: 0, late: 0, rate: null, backlog: 5));
        Assert.True(trend[18].GetProperty("overdueBacklog").GetInt32() >= 1);
        // Today: the second acceptance, late; both matters' four reviews open.
        AssertDay(trend[19], completed: 1, onTime: 0, late: 1, rate: 0.0, backlog: 8);
        // Today's backlog is the units page's backlog.
        var units = (await supervisor.GetFromJsonAsync<JsonElement>("/api/supervision/units")).EnumerateArray().ToList();
        Assert.Equal(units.Sum(u => u.GetProperty("backlog").GetInt32()), trend[19].GetProperty("backlog").GetInt32());
        Assert.Equal(units.Sum(u => u.GetProperty("backlogOverdue").GetInt32()), trend[19].GetProperty("overdueBacklog").GetInt32());

        // One unit: the township window did both acceptances and holds nothing now.
        var window = await TrendAsync(supervisor, "/api/supervision/trend?days=20&unit=baishi-service");
        AssertDay(window[5], completed: 1, onTime: 1, late: 0, rate: 1.0, backlog: 1);
        AssertDay(window[19], completed: 1, onTime: 0, late: 1, rate: 0.0, backlog: 0);
        var housing = await TrendAsync(supervisor, "/api/supervision/trend?days=20&unit=cs-housing");
        AssertDay(housing[5], completed: 0, onTime: 0, late: 0, rate: null, backlog: 1);
        AssertDay(housing[19], completed: 0, onTime: 0, late: 0, rate: null, backlog: 2);

        // The Baishi supervisor sees the same; the Qiuchuan one sees none of it.
        var baishi = await TrendAsync(await _server.AsAsync(BaishiSupervisor), "/api/supervision/trend?days=20");
        Assert.Equal(trend.Select(d => d.GetRawText()), baishi.Select(d => d.GetRawText()));
        var qiuchuan = await TrendAsync(await _server.AsAsync(QiuchuanSupervisor), "/api/supervision/trend?days=20");
        Assert.Equal(trend.Select(d => d.GetProperty("date").GetString()), qiuchuan.Select(d => d.GetProperty("date").GetString()));
        Assert.All(qiuchuan, d => AssertDay(d, completed: 0, onTime: 0, late: 0, rate: null, backlog: 0));
        Assert.Equal(HttpStatusCode.BadRequest, (await (await _server.AsAsync(QiuchuanSupervisor)).GetAsync("/api/supervision/trend?jurisdiction=baishi")).StatusCode);

        // Thirty days unless asked.
        Assert.Equal(30, (await TrendAsync(supervisor, "/api/supervision/trend")).Count);
        Assert.Equal(7, (await TrendAsync(supervisor, "/api/supervision/trend?days=7")).Count);
    }

    [Theory]
    [InlineData("days=0", "days")]
    [InlineData("days=367", "days")]
    [InlineData("days=-3", "days")]
    [InlineData("days=abc", "days")]
    [InlineData("days=7.5", "days")]
    [InlineData("unit=no-such-unit", "unit")]
    [InlineData("jurisdiction=nowhere", "jurisdiction")]
    public async Task Trend_WithABadParameter_IsAProblemNamingIt(string query, string field)
    {
        var response = await (await _server.AsAsync("supervisor")).GetAsync($"/api/supervision/trend?{query}");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.GetRawText());
    }

    [Fact]
    public async Task Trend_IsForSupervisorsOnly()
    {
        foreach (var user in new[] { "zhangsan", "designer", "officer.baishi-service", "admin" })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await (await _server.AsAsync(user)).GetAsync("/api/supervision/trend")).StatusCode);
        }
        Assert.Equal(HttpStatusCode.Unauthorized, (await _server.CreateClient().GetAsync("/api/supervision/trend")).StatusCode);
    }

    private static string Date(DateTimeOffset instant) =>
        instant.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static async Task<List<JsonElement>> TrendAsync(HttpClient client, string path) =>
        (await client.GetFromJsonAsync<JsonElement>(path)).EnumerateArray().ToList();

    private static void AssertDay(JsonElement day, int completed, int onTime, int late, double? rate, int backlog)
    {
        var date = day.GetProperty("date").GetString();
        Assert.Equal((date, completed, onTime, late, backlog), (date, day.GetProperty("completed").GetInt32(), day.GetProperty("onTime").GetInt32(),
            day.GetProperty("late").GetInt32(), day.GetProperty("backlog").GetInt32()));
        var actual = day.GetProperty("onTimeRate");
        Assert.Equal(rate, actual.ValueKind == JsonValueKind.Null ? null : actual.GetDouble());
    }

    private async Task AddSupervisorAsync(string user, string jurisdiction)
    {
        using var scope = _server.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Account>>();
        var account = new Account { UserName = user, DisplayName = "督查员 " + jurisdiction, Unit = "cs-command-centre", Jurisdiction = jurisdiction, EmailConfirmed = true };
        Assert.True((await users.CreateAsync(account, ServerFixture.Password)).Succeeded);
        Assert.True((await users.AddToRoleAsync(account, Roles.Supervisor)).Succeeded);
    }
}
