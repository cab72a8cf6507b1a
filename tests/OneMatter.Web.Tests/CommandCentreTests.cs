using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using OneMatter.Web.Tests.Support;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace OneMatter.Web.Tests;

/// <summary>The command centre: a task past its deadline shows among the overdue alerts with its
/// unit, and the supervisor opens supervision (督办) on it.</summary>
[Collection(WebCollection.Name)]
public sealed class CommandCentreTests(WebAppServer server, ITestOutputHelper output)
{
    [RequiresChromiumFact]
    public Task Supervisor_SeesAnOverdueAcceptance_AndSupervisesIt() =>
        Story.RunAsync(server, output, "command-centre", async story =>
        {
            var receipt = await server.ApplyAsync(await server.ApiAsync("zhangsan"));
            story.Log("receipt " + receipt);

            // The acceptance has one working day; twenty calendar days later it is overdue whatever
            // the weekday. The overdue escalation (which opens supervision by itself) waits until the
            // supervisor has acted: here the supervisor is quicker than the timer.
            IAPIRequestContext? api = null;
            await using (await server.HoldTimerSweepAsync())
            {
                server.Clock.Advance(TimeSpan.FromDays(20));
                // Sessions expire on the server's clock: sign in after moving it.
                var page = await story.SignInAsync("supervisor");
                await Expect(page).ToHaveURLAsync(new Regex("/command$"));
                var alerts = page.Locator(".ant-card").Filter(new() { Has = page.GetByText("预警与超期", new() { Exact = true }) });
                var row = alerts.Locator("tr").Filter(new() { HasText = receipt });
                await Expect(row).ToBeVisibleAsync();
                await Expect(row).ToContainTextAsync("超期");
                await Expect(row).ToContainTextAsync("申请受理");
                await Expect(row).ToContainTextAsync("白石镇便民服务中心");
                await WebAppServer.ScreenshotAsync(page, "command-centre");

                await row.Button("督办").ClickAsync();
                var dialog = page.GetByRole(AriaRole.Dialog);
                await Expect(dialog).ToContainTextAsync("督办 · 农民建房 · 申请受理");
                await dialog.Locator("textarea").FillAsync("超期未受理，请今日内办结");
                // the matter issues a 督办单 with 督办: offered, ticked by default
                await Expect(dialog.GetByRole(AriaRole.Checkbox, new() { Name = "同时出具督办单（发承办单位）" })).ToBeCheckedAsync();
                await dialog.Button("提交").ClickAsync();
                await Ui.ToastAsync(page, "已督办");
                await Expect(dialog).ToBeHiddenAsync();
                await Expect(row).ToContainTextAsync("督办中");
                await Expect(row.Button("督办")).ToBeDisabledAsync();
                api = page.Context.APIRequest;
            }
            // The 督办单 was issued with the supervisor's instruction. It is rendered by the outbox,
            // which performs a matter's effects in order: the deadline timers the application
            // scheduled wait for the timer sweep held above, so look once it is released (the
            // automatic 督办 may then issue a second notice, without the instruction).
            var found = await WebAppServer.EventuallyAsync(async () =>
            {
                var documents = (await (await api!.GetAsync($"/api/matters/{receipt}/documents")).JsonAsync())!.Value;
                foreach (var url in documents.EnumerateArray().Where(d => d.GetProperty("document").GetString() == "supervision-notice")
                    .Select(d => d.GetProperty("url").GetString()!))
                {
                    var html = await (await api.GetAsync(url)).TextAsync();
                    if (html.Contains("超期未受理，请今日内办结", StringComparison.Ordinal))
                    {
                        return html;
                    }
                }
                return null;
            }, "the supervisor's 督办单");
            Assert.Contains("白石镇便民服务中心", found, StringComparison.Ordinal);
        });

    [RequiresChromiumFact]
    public Task Supervisor_SeesTheTrend_SwitchesItsRange_AndItFollowsLiveChanges() =>
        Story.RunAsync(server, output, "command-centre-trend", async story =>
        {
            var page = await story.SignInAsync("supervisor");
            await Expect(page).ToHaveURLAsync(new Regex("/command$"));
            var card = page.GetByTestId("trend-card");
            await Expect(card).ToContainTextAsync("趋势");
            var summary = card.GetByTestId("trend-summary");
            await Expect(summary).ToContainTextAsync("近 30 天共办结", new() { Timeout = 15_000 });
            await Expect(card.Locator("canvas").First).ToBeVisibleAsync();

            // The range switch asks the server for that many days.
            var asked = page.WaitForResponseAsync(r => r.Url.Contains("/api/supervision/trend?days=7", StringComparison.Ordinal) && r.Ok);
            await card.GetByText("近 7 天", new() { Exact = true }).ClickAsync();
            var days = (await (await asked).JsonAsync())!.Value;
            Assert.Equal(7, days.GetArrayLength());
            await Expect(summary).ToContainTextAsync("近 7 天共办结");
            var before = days.EnumerateArray().Sum(d => d.GetProperty("completed").GetInt32());
            await Expect(summary).ToContainTextAsync($"共办结 {before} 件");

            // An acceptance done now is counted today once the page refreshes live.
            var receipt = await server.ApplyAsync(await server.ApiAsync("zhangsan"));
            var window = await server.ApiAsync("officer.baishi-service");
            var inbox = await window.GetFromJsonAsync<JsonElement>("/api/tasks?filter=pending&pageSize=100");
            var task = inbox.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("instanceId").GetString() == receipt)
                .GetProperty("taskId").GetString();
            var done = await window.PostAsJsonAsync($"/api/tasks/{receipt}/{task}/complete", new { outcome = "accept", fields = new { opinion = "材料齐全" } });
            Assert.True(done.IsSuccessStatusCode, await done.Content.ReadAsStringAsync());
            // Supervisors are pushed warnings, overdue items and supervision, not every change: a
            // 督办 of one of the matter's reviews is what refreshes the open page.
            var supervisor = await server.ApiAsync("supervisor");
            var status = await supervisor.GetFromJsonAsync<JsonElement>($"/api/matters/{receipt}");
            var review = status.GetProperty("holding").EnumerateArray().First().GetProperty("taskId").GetString();
            var supervised = await supervisor.PostAsJsonAsync($"/api/supervision/tasks/{receipt}/{review}/supervise", new { message = "请加快审查" });
            Assert.True(supervised.IsSuccessStatusCode, await supervised.Content.ReadAsStringAsync());
            await Expect(summary).ToContainTextAsync($"近 7 天共办结 {before + 1} 件", new() { Timeout = 15_000 });
        });
}
