using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using OneMatter.Web.Tests.Support;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace OneMatter.Web.Tests;

/// <summary>An officer cannot open a task of a unit it does not belong to: the page says there is
/// no such matter and shows none of its data.</summary>
[Collection(WebCollection.Name)]
public sealed class UnitIsolationTests(WebAppServer server, ITestOutputHelper output)
{
    [RequiresChromiumFact]
    public Task AnOfficerOfAnotherUnit_OpeningTheWindowsTask_SeesNotFound_AndNoData() =>
        Story.RunAsync(server, output, "unit-isolation", async story =>
        {
            var applicant = await server.ApiAsync("zhangsan");
            var receipt = await server.ApplyAsync(applicant);
            var status = JsonDocument.Parse(await applicant.GetStringAsync($"/api/matters/{Uri.EscapeDataString(receipt)}")).RootElement;
            var taskId = status.GetProperty("holding").EnumerateArray().Single().GetProperty("taskId").GetString()!;

            // The county housing bureau reviews rural housing, but only once the window has accepted.
            var page = await story.SignInAsync("officer.cs-housing");
            await Expect(page).ToHaveURLAsync(new Regex("/workbench$"));
            // Opened inside the app (as a link in it would): the server sends index.html only for
            // paths whose last segment has no dot, and a task id has one (accept.4).
            var detail = page.WaitForResponseAsync(r => r.Url.Contains($"/api/tasks/{Uri.EscapeDataString(receipt)}/", StringComparison.Ordinal));
            await page.EvaluateAsync("url => { history.pushState(null, '', url); dispatchEvent(new PopStateEvent('popstate')); }",
                $"/workbench/tasks/{Uri.EscapeDataString(receipt)}/{Uri.EscapeDataString(taskId)}");
            Assert.Equal(404, (await detail).Status);
            await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("没有事项");
            await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync(receipt);
            var body = page.Locator("main, .ant-layout-content").First;
            await Expect(body).Not.ToContainTextAsync("张三");
            await Expect(body).Not.ToContainTextAsync("330822198001010011");
            await Expect(body).Not.ToContainTextAsync("申请受理");
            await Expect(page.Button("办结本环节")).ToHaveCountAsync(0);

            // Nor is the matter in that unit's inbox.
            await page.GotoAsync("/workbench");
            await Expect(page.GetByText("本单位待办")).ToBeVisibleAsync();
            await Expect(page.Locator(".ant-table-tbody")).Not.ToContainTextAsync(receipt);
        });
}
