using System.Text.RegularExpressions;
using Microsoft.Playwright;
using OneMatter.Web.Tests.Support;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace OneMatter.Web.Tests;

/// <summary>
/// The app in English: the applicant switches the language and reads the offers and the apply
/// page (labels, options and the form's own messages); the window officer switches too, reads the
/// inbox and the task (the matter and its steps by their English names, the application's choices
/// by their English labels, units by their English names) and accepts the matter through the
/// English complete dialog; the applicant then reads the status page's steps by their English
/// names (`step-en`). Where the page's chrome (titles, labels, headers, buttons, tabs,
/// dialogs) is checked, no Chinese character is left.
/// </summary>
[Collection(WebCollection.Name)]
public sealed partial class EnglishTests(WebAppServer server, ITestOutputHelper output)
{
    [RequiresChromiumFact]
    public Task InEnglish_TheApplicantReadsTheApplyPage_AndTheWindowAcceptsFromItsInbox() =>
        Story.RunAsync(server, output, "english", async story =>
        {
            // The applicant: offers and the apply page.
            var applicant = await story.SignInAsync("zhangsan");
            await Expect(applicant).ToHaveURLAsync(new Regex("/portal$"));
            await SwitchToEnglishAsync(applicant);
            var portal = applicant.Locator(".ant-layout-content");
            await Expect(portal.Locator(".ant-menu")).ToContainTextAsync("Matters on offer");
            var offer = applicant.Locator(".ant-card").Filter(new() { HasText = "rural-housing · v" });
            await Expect(offer.Locator(".ant-card-head")).ToContainTextAsync("Rural housing construction");
            await Expect(offer.Locator(".ant-card-head")).ToContainTextAsync("Approval");
            await NoChineseAsync(portal.Locator(".ant-menu, .ant-card-head, .ant-card-body, .ant-card-actions"), "the offers");
            await offer.Button("Apply").ClickAsync();
            await Expect(applicant).ToHaveURLAsync(new Regex("/portal/apply/rural-housing$"));
            // The offers' cards may still be shown for a moment after the URL changed (the apply page
            // loads lazily): look for the apply card itself, not for the only card title.
            await Expect(portal.Locator(".ant-card-head-title").Filter(new() { HasText = "Apply:" })).ToHaveTextAsync("Apply: Rural housing construction");
            await Expect(applicant.GetByLabel("Applicant (head of household)", new() { Exact = true })).ToBeVisibleAsync();
            await Ui.ChooseAsync(applicant, applicant.GetByLabel("Type of construction", new() { Exact = true }), "New house");
            await Expect(portal.Button("Upload files").First).ToBeVisibleAsync();
            // Submitting it unfinished: the form's own messages are English too.
            await portal.Button("Submit").ClickAsync();
            await Expect(portal.GetByText("Applicant (head of household) is required")).ToBeVisibleAsync();
            await Expect(portal.GetByText("Township is required")).ToBeVisibleAsync();
            await NoChineseAsync(portal, "the apply page");

            // The window officer: the inbox and the task.
            var receipt = await server.ApplyAsync(await server.ApiAsync("zhangsan"));
            var officer = await story.SignInAsync("officer.baishi-service");
            await Expect(officer).ToHaveURLAsync(new Regex("/workbench$"));
            await SwitchToEnglishAsync(officer);
            var workbench = officer.Locator(".ant-layout-content");
            var row = await Ui.FindTaskAsync(officer, receipt, "Acceptance at the township window", refresh: "Refresh");
            await Expect(workbench.Locator(".ant-card-head-title").First).ToHaveTextAsync("The unit's inbox");
            await Expect(workbench.Locator(".ant-tabs-nav")).ToContainTextAsync("Due soon");
            await Expect(workbench.Locator("thead")).ToContainTextAsync("Receipt number");
            await Expect(row).ToContainTextAsync("Offered");
            // The row names the matter and its step in English, as the definition does.
            await Expect(row.Locator("td").Nth(1)).ToHaveTextAsync("Rural housing construction");
            await Expect(row.Locator("td").Nth(2)).ToHaveTextAsync("Acceptance at the township window");
            await NoChineseAsync(row, "the inbox row");
            await NoChineseAsync(workbench.Locator(".ant-card-head, .ant-tabs-nav, thead, button"), "the inbox's chrome");

            // The task page names the matter and the step in English too.
            await row.GetByRole(AriaRole.Link, new() { Name = "Open" }).ClickAsync();
            await Expect(officer).ToHaveURLAsync(new Regex("/workbench/tasks/"));
            await Expect(officer.Locator(".ant-card-head-title").First).ToContainTextAsync("Rural housing construction · Acceptance at the township window");
            await NoChineseAsync(officer.Locator(".ant-card-head-title").First, "the task's title");
            var application = Card(officer, "Application");
            await Expect(Item(application, "Type of construction")).ToHaveTextAsync("New house");
            await Expect(Item(application, "Township")).ToHaveTextAsync("Baishi Town");
            await Expect(Card(officer, "Signers").Locator("tbody")).ToContainTextAsync("Baishi Town Public Service Centre");
            var history = Card(officer, "History");
            await Expect(history).ToContainTextAsync("Task arrived");
            await Expect(history).ToContainTextAsync("→ Baishi Town Public Service Centre");
            // The history's step tags name the step in English.
            await Expect(history.Locator(".ant-tag").Filter(new() { HasText = "Acceptance at the township window" }).First).ToBeVisibleAsync();
            await NoChineseAsync(history.Locator(".ant-tag"), "the history's step tags");
            await Expect(Card(officer, "Attachments")).ToContainTextAsync("No files attached");
            await NoChineseAsync(workbench.Locator(".ant-descriptions-item-label, .ant-card-head-title, thead, button"), "the task's chrome");
            await NoChineseAsync(history.Locator("strong"), "the history's entries");

            await officer.Button("Complete").ClickAsync();
            var dialog = officer.GetByRole(AriaRole.Dialog);
            await Expect(dialog.Locator(".ant-modal-title")).ToHaveTextAsync("Complete");
            await Expect(officer.Locator(".ant-modal[class*='ant-zoom-']")).ToHaveCountAsync(0);
            await NoChineseAsync(dialog, "the complete dialog");
            await Ui.ChooseOutcomeAsync(dialog, "Accept");
            await dialog.Locator("#opinion").FillAsync("Complete and in order");
            await dialog.Button("Complete").ClickAsync();
            await Expect(dialog).ToBeHiddenAsync();
            await Ui.ToastAsync(officer, "Done");
            await Expect(officer.GetByText("This task is closed").First).ToBeVisibleAsync();
            await Expect(history).ToContainTextAsync("Step completed");
            await Expect(history.Locator(".ant-tag").Filter(new() { HasTextRegex = new Regex("^Accept$") }).First).ToBeVisibleAsync();

            // The applicant's status page names the applicant-visible steps in English (step-en):
            // the steps bar and the finished step's tag.
            await applicant.GotoAsync($"/portal/matters/{Uri.EscapeDataString(receipt)}");
            var stepTitles = applicant.Locator(".ant-steps-item-title");
            await Expect(stepTitles).ToHaveTextAsync(["Application accepted", "Joint review"]);
            var stepTag = Card(applicant, "Finished steps").Locator(".ant-tag");
            await Expect(stepTag.Filter(new() { HasTextRegex = new Regex("^Application accepted$") }).First).ToBeVisibleAsync();
            await NoChineseAsync(stepTitles, "the status page's steps");
            await NoChineseAsync(stepTag, "the status page's step tags");
        });

    /// <summary>Switches the app to English with the header's language switch.</summary>
    private static async Task SwitchToEnglishAsync(IPage page)
    {
        await page.Locator(".ant-layout-header .ant-segmented").GetByText("EN", new() { Exact = true }).ClickAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
    }

    /// <summary>A card of the task page by its title.</summary>
    private static ILocator Card(IPage page, string title) =>
        page.Locator(".ant-card").Filter(new() { Has = page.Locator(".ant-card-head-title", new() { HasTextRegex = new Regex("^" + Regex.Escape(title) + "$") }) });

    /// <summary>The value beside a label in a card's descriptions.</summary>
    private static ILocator Item(ILocator card, string label) =>
        card.Locator($"xpath=.//th[normalize-space(.)='{label}']/following-sibling::td[1]");

    /// <summary>Fails when any of the elements shows a Chinese character (what is shown, not
    /// attributes), naming the first such text.</summary>
    private async Task NoChineseAsync(ILocator elements, string where)
    {
        await Expect(elements.First).ToBeVisibleAsync();
        var texts = await elements.AllInnerTextsAsync();
        var chinese = texts.Where(t => Chinese().IsMatch(t)).ToList();
        output.WriteLine($"{where}: {texts.Count} elements checked");
        Assert.True(chinese.Count == 0, $"Chinese in {where}: {string.Join(" | ", chinese)}");
    }

    [GeneratedRegex("[\\u3400-\\u9fff\\uff00-\\uffef\\u3000-\\u303f]")]
    private static partial Regex Chinese();
}
