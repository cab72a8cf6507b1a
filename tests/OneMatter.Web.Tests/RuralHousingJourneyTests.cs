using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using OneMatter.Engine.Instances;
using OneMatter.Web.Tests.Support;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace OneMatter.Web.Tests;

/// <summary>
/// One rural-housing matter through the portal and the workbench: the applicant applies with the
/// generated form and gets a receipt; the township window accepts; the four review units review
/// at the same time, each in its own browser; the township government approves; the applicant
/// sees the approval and opens the permit.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class RuralHousingJourneyTests(WebAppServer server, ITestOutputHelper output)
{
    [RequiresChromiumFact]
    public Task Applicant_Applies_UnitsReviewInParallel_TownshipApproves_ApplicantOpensThePermit() =>
        Story.RunAsync(server, output, "journey", async story =>
        {
            // 2. The applicant applies through the generated form and gets a receipt.
            var applicant = await story.SignInAsync("zhangsan");
            await Expect(applicant).ToHaveURLAsync(new Regex("/portal$"));
            var offer = applicant.Locator(".ant-card").Filter(new() { HasText = "rural-housing · v" });
            await offer.Button("申请办理").ClickAsync();
            await Expect(applicant).ToHaveURLAsync(new Regex("/portal/apply/rural-housing$"));
            var receipt = await ApplyAsync(applicant);
            story.Log("receipt " + receipt);

            // 3. The township window accepts.
            var window = await story.SignInAsync("officer.baishi-service");
            await Expect(window).ToHaveURLAsync(new Regex("/workbench$"));
            await Ui.FindTaskAsync(window, receipt, "申请受理");
            await WebAppServer.ScreenshotAsync(window, "workbench-inbox");
            await Ui.OpenTaskAsync(window, receipt, "申请受理");
            await Expect(window.GetByText("330822198001010011")).ToBeVisibleAsync();
            await WebAppServer.ScreenshotAsync(window, "workbench-task");
            await Ui.CompleteAsync(window, "受理", new Dictionary<string, string> { ["opinion"] = "材料齐全，予以受理" });

            // The four reviews open at once; each unit reviews in its own browser, concurrently.
            (string User, string Node, string Outcome, Dictionary<string, string> Texts, Dictionary<string, string>? Choices)[] reviews =
            [
                ("officer.baishi-baishi-committee", "村级审查", "同意", new() { ["opinion"] = "符合一户一宅，村民代表会议同意" }, null),
                ("officer.cs-natural-resources", "用地审查", "通过", new() { ["opinion"] = "符合村庄规划" }, new() { ["land_type"] = "建设用地" }),
                ("officer.cs-housing", "建房审查", "通过", new() { ["opinion"] = "设计符合农房建设标准" }, null),
                ("officer.cs-agriculture", "宅基地审查", "通过", new() { ["opinion"] = "面积符合标准" }, null),
            ];
            var holders = await WebAppServer.EventuallyAsync(async () =>
            {
                var response = await applicant.APIRequest.GetAsync($"/api/matters/{Uri.EscapeDataString(receipt)}");
                var holding = JsonDocument.Parse(await response.TextAsync()).RootElement.GetProperty("holding");
                return holding.GetArrayLength() == reviews.Length
                    ? holding.EnumerateArray().Select(h => h.GetProperty("nodeName").GetString()).Order().ToList()
                    : null;
            }, "the four reviews to be open together");
            Assert.Equal(reviews.Select(r => r.Node).Order(), holders);
            await Task.WhenAll(reviews.Select(async review =>
            {
                var page = await story.SignInAsync(review.User);
                await Ui.OpenTaskAsync(page, receipt, review.Node);
                await Ui.CompleteAsync(page, review.Outcome, review.Texts, review.Choices);
            }));

            // The village posts the application for five working days before the township decides.
            await server.FireTimerAsync(receipt, TimerKind.Node);

            var township = await story.SignInAsync("officer.baishi-gov");
            await Ui.OpenTaskAsync(township, receipt, "审批发证");
            await Ui.CompleteAsync(township, "批准", new Dictionary<string, string>
            {
                ["approved_area"] = "120",
                ["approved_floors"] = "2",
                ["boundaries"] = "东至道路，南至张某宅，西至耕地，北至水渠",
                ["opinion"] = "经联合审查，准予建房",
            });

            // 4. The applicant sees the approval and opens the permit.
            var permit = await WebAppServer.EventuallyAsync(async () =>
            {
                var response = await applicant.APIRequest.GetAsync($"/api/matters/{Uri.EscapeDataString(receipt)}/documents");
                var list = JsonDocument.Parse(await response.TextAsync()).RootElement;
                return list.ValueKind == JsonValueKind.Array
                    ? list.EnumerateArray().Where(d => d.GetProperty("document").GetString() == "planning-permit")
                        .Select(d => d.GetProperty("number").GetString()).FirstOrDefault()
                    : null;
            }, "the planning permit to be rendered");
            await applicant.GotoAsync($"/portal/matters/{Uri.EscapeDataString(receipt)}");
            await Expect(applicant.Locator(".ant-card-head-title").First).ToContainTextAsync("准予");
            var item = applicant.Locator(".ant-list-item").Filter(new() { HasText = permit });
            await Expect(item).ToBeVisibleAsync();
            await WebAppServer.ScreenshotAsync(applicant, "portal-status", fullPage: true);
            var opened = await applicant.RunAndWaitForPopupAsync(() => item.GetByRole(AriaRole.Link, new() { Name = "下载" }).ClickAsync());
            await opened.WaitForLoadStateAsync();
            Assert.Contains($"/api/matters/{Uri.EscapeDataString(receipt)}/documents/", opened.Url, StringComparison.Ordinal);
            Assert.Contains(receipt, await opened.ContentAsync(), StringComparison.Ordinal);
            var download = await applicant.APIRequest.GetAsync(opened.Url);
            Assert.Equal(200, download.Status);
            Assert.StartsWith("text/html", download.Headers["content-type"], StringComparison.Ordinal);
            Assert.Contains("乡村建设规划许可证", await download.TextAsync(), StringComparison.Ordinal);
        });

    /// <summary>Fills every field of the rural-housing form (uploading the three files) and submits;
    /// returns the receipt number shown with the query code.</summary>
    private async Task<string> ApplyAsync(IPage page)
    {
        await page.GetByLabel("申请人", new() { Exact = true }).FillAsync("张三");
        await page.GetByLabel("身份证号", new() { Exact = true }).FillAsync("330822198001010011");
        await page.GetByLabel("联系电话", new() { Exact = true }).FillAsync("13800138000");
        await Ui.ChooseAsync(page, page.GetByLabel("所在乡镇", new() { Exact = true }), "白石镇", search: true);
        await Ui.ChooseAsync(page, page.GetByLabel("所在村", new() { Exact = true }), "白石村", search: true);
        await page.GetByLabel("家庭人口(人)", new() { Exact = true }).FillAsync("4");
        await Ui.ChooseAsync(page, page.GetByLabel("建房类型", new() { Exact = true }), "新建");
        await page.GetByLabel("申请宅基地面积(㎡)", new() { Exact = true }).FillAsync("120");
        await page.GetByLabel("建筑层数", new() { Exact = true }).FillAsync("2");
        var start = page.GetByLabel("计划开工日期", new() { Exact = true });
        await start.ClickAsync();
        await start.FillAsync(server.PlannedStart);
        await start.PressAsync("Enter");
        foreach (var (field, name) in new[] { ("id_copies", "身份证复印件.pdf"), ("household_register", "户口簿.pdf"), ("site_plan", "建房设计图.pdf") })
        {
            await page.Locator($"input[type=file]#{field}").SetInputFilesAsync(new FilePayload { Name = name, MimeType = "application/pdf", Buffer = Ui.Pdf(name) });
            await Expect(page.Locator($".ant-form-item:has(label[for='{field}']) .ant-upload-list")).ToContainTextAsync(name);
        }
        await Expect(page.Locator(".ant-upload-list-item-uploading")).ToHaveCountAsync(0);
        await Expect(page.Locator(".ant-upload-list-item-error")).ToHaveCountAsync(0);
        await WebAppServer.ScreenshotAsync(page, "portal-apply");
        await page.Button("提交").ClickAsync();

        await Expect(page.GetByText("申请已受理")).ToBeVisibleAsync();
        var receipt = (await page.GetByTestId("receipt-number").InnerTextAsync()).Trim();
        var queryCode = (await page.GetByTestId("query-code").InnerTextAsync()).Trim();
        Assert.Matches("^[A-Z]+-\\d{8}-\\d+$", receipt);
        Assert.NotEmpty(queryCode);
        return receipt;
    }
}
