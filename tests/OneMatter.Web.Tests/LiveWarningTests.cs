using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using OneMatter.Engine.Instances;
using OneMatter.Web.Tests.Support;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace OneMatter.Web.Tests;

/// <summary>
/// A warning (预警) raised by a real timer reaches open pages live: the command centre and the
/// township window's workbench are open before the matter exists; the clock passes the
/// acceptance's warning point (80 % of its one working day, before its deadline), the escalation
/// timer's Hangfire job fires it through the writer, and both pages show the warning and a toast
/// for it without being reloaded.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class LiveWarningTests(WebAppServer server, ITestOutputHelper output)
{
    /// <summary>How long a live message may take here: the job, the outbox, the push and the
    /// page's refresh, on a loaded machine.</summary>
    private const float Live = 30_000;

    /// <summary>The command centre's page size of alerts.</summary>
    private const int AlertsPerPage = 10;

    [RequiresChromiumFact]
    public Task ATimersWarning_ReachesTheOpenCommandCentre_AndTheHoldingUnitsWorkbench_WithoutReloading() =>
        Story.RunAsync(server, output, "live-warning", async story =>
        {
            // Both pages are open and connected before the matter exists.
            var centre = await story.SignInAsync("supervisor");
            await Expect(centre).ToHaveURLAsync(new Regex("/command$"));
            await Expect(centre.GetByText("实时", new() { Exact = true })).ToBeVisibleAsync();
            var window = await story.SignInAsync("officer.baishi-service");
            await Expect(window).ToHaveURLAsync(new Regex("/workbench$"));
            await Expect(window.GetByText("实时", new() { Exact = true })).ToBeVisibleAsync();

            var applicant = await server.ApiAsync("zhangsan");
            var receipt = await server.ApplyAsync(applicant);
            story.Log("receipt " + receipt);
            var inboxRow = await Ui.FindTaskAsync(window, receipt, "申请受理");
            await Expect(inboxRow).Not.ToContainTextAsync("预警");

            // Not yet among the warnings: neither in the command centre's table nor in its API.
            var alerts = centre.Locator(".ant-card").Filter(new() { Has = centre.GetByText("预警与超期", new() { Exact = true }) });
            var alertRow = alerts.Locator("tr").Filter(new() { HasText = receipt });
            await Expect(alertRow).ToHaveCountAsync(0);
            Assert.Null(await AlertPositionAsync(centre, receipt));

            // A reload would drop these marks: they prove the pages were updated in place.
            await MarkAsync(centre);
            await MarkAsync(window);

            // The acceptance's first escalation timer is its warning; its deadline comes after it.
            var due = (await StatusAsync(applicant, receipt)).GetProperty("holding").EnumerateArray().Single().GetProperty("due").GetDateTimeOffset();
            var warning = await WebAppServer.EventuallyAsync(async () =>
                (await server.Runtime.Store.PendingTimersAsync()).Where(t => t.InstanceId == receipt && t.Kind == TimerKind.Escalation)
                    .OrderBy(t => t.Due).FirstOrDefault(), $"the escalation timers of {receipt}");
            Assert.True(warning.Due < due, $"the first escalation ({warning.Due:O}) comes before the acceptance's deadline ({due:O})");
            server.Clock.Advance(warning.Due - server.Clock.GetUtcNow() + TimeSpan.FromSeconds(30));
            var now = server.Clock.GetUtcNow();
            story.Log(string.Create(CultureInfo.InvariantCulture, $"clock at {now:O}: warning point {warning.Due:O} passed, deadline {due:O} not"));
            Assert.True(now < due, "the clock stops before the acceptance's deadline: a warning, not overdue");

            // The real timer: its Hangfire job (the sweep only creates it) fires through the writer,
            // and the outbox pushes the warning to both pages. Their toasts close after a few
            // seconds, so both are looked for at once.
            await server.SweepTimersAsync();
            var centreToast = centre.Locator(".ant-notification-notice").Filter(new() { HasText = receipt }).Filter(new() { HasText = "即将到期" });
            var windowToast = window.Locator(".ant-notification-notice").Filter(new() { HasText = receipt }).Filter(new() { HasText = "即将到期" });
            await Task.WhenAll(
                Expect(centreToast.First).ToContainTextAsync("预警：申请受理", new() { Timeout = Live }),
                Expect(windowToast.First).ToContainTextAsync("预警", new() { Timeout = Live }));

            // The command centre lists it as a warning of the window, as its API does.
            var (index, level) = (await WebAppServer.EventuallyAsync(() => AlertPositionAsync(centre, receipt), $"{receipt} among the alerts"))!.Value;
            Assert.Equal("warning", level);
            var page = index / AlertsPerPage + 1;
            if (page > 1)
            {
                // Older alerts of other tests' matters come first (they fall due earlier).
                story.Log($"the alert is on page {page} of the command centre's table");
                await alerts.Locator($".ant-pagination-item-{page}").ClickAsync();
            }
            await Expect(alertRow).ToBeVisibleAsync(new() { Timeout = Live });
            await Expect(alertRow.Locator("td").First).ToHaveTextAsync("预警");
            await Expect(alertRow).ToContainTextAsync("农民建房");
            await Expect(alertRow).ToContainTextAsync("申请受理");
            await Expect(alertRow).ToContainTextAsync("白石镇便民服务中心");
            await Expect(alertRow).Not.ToContainTextAsync("超期");

            // The window's inbox row is marked 预警 too.
            await Expect(inboxRow).ToContainTextAsync("预警", new() { Timeout = Live });
            await Expect(inboxRow).Not.ToContainTextAsync("超期");

            Assert.True(await MarkedAsync(centre), "the command centre was not reloaded");
            Assert.True(await MarkedAsync(window), "the workbench was not reloaded");
        });

    private static Task MarkAsync(IPage page) => page.EvaluateAsync("() => { window.__liveWarningMark = true; }");

    private static Task<bool> MarkedAsync(IPage page) => page.EvaluateAsync<bool>("() => window.__liveWarningMark === true");

    private static async Task<JsonElement> StatusAsync(HttpClient applicant, string receipt) =>
        JsonDocument.Parse(await applicant.GetStringAsync($"/api/matters/{Uri.EscapeDataString(receipt)}")).RootElement;

    /// <summary>Where the matter's alert stands in the command centre's list (its order), with
    /// its level; null when it has none.</summary>
    private static async Task<(int Index, string Level)?> AlertPositionAsync(IPage supervisor, string receipt)
    {
        var index = 0;
        for (var page = 1; ; page++)
        {
            var response = await supervisor.APIRequest.GetAsync($"/api/supervision/alerts?level=all&page={page}&pageSize=100");
            Assert.True(response.Ok, $"alerts: {response.Status}");
            var body = JsonDocument.Parse(await response.TextAsync()).RootElement;
            var items = body.GetProperty("items").EnumerateArray().ToList();
            foreach (var item in items)
            {
                if (item.GetProperty("instanceId").GetString() == receipt)
                {
                    return (index, item.GetProperty("level").GetString()!);
                }
                index++;
            }
            if (items.Count == 0 || index >= body.GetProperty("total").GetInt32())
            {
                return null;
            }
        }
    }
}
