using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace OneMatter.Web.Tests.Support;

/// <summary>Steps on the web app's widgets (antd) by what a user sees: labels, roles and text.</summary>
internal static class Ui
{
    /// <summary>Matches a label as antd renders it: a two-character Chinese button label gets a
    /// space between its characters ("提 交"), and a button's icon adds its own name before the
    /// text ("reload 刷 新"), so whitespace between characters and a leading word are allowed.</summary>
    public static Regex Label(string text) =>
        new("(^|\\s)" + string.Join("\\s*", text.Select(c => Regex.Escape(c.ToString()))) + "\\s*$");

    public static ILocator Button(this IPage page, string text) =>
        page.GetByRole(AriaRole.Button, new() { NameRegex = Label(text) });

    public static ILocator Button(this ILocator scope, string text) =>
        scope.GetByRole(AriaRole.Button, new() { NameRegex = Label(text) });

    /// <summary>Signs in on the sign-in page and waits until the app has left it.</summary>
    public static async Task SignInAsync(IPage page, string user)
    {
        await page.GotoAsync("/signin");
        await page.GetByLabel("用户名", new() { Exact = true }).FillAsync(user);
        var password = page.GetByLabel("密码", new() { Exact = true });
        await password.FillAsync(WebAppServer.Password);
        await password.PressAsync("Enter");
        await page.WaitForURLAsync(url => !new Uri(url).AbsolutePath.StartsWith("/signin", StringComparison.Ordinal));
    }

    /// <summary>Picks an option of an antd select (typing it first into a searchable one) and
    /// checks that the select shows it; a click that landed while the dropdown was still moving
    /// in is tried again.</summary>
    public static async Task ChooseAsync(IPage page, ILocator select, string option, bool search = false)
    {
        var shown = select.Locator("xpath=ancestor::div[contains(concat(' ', normalize-space(@class), ' '), ' ant-select ')][1]");
        var open = page.Locator(".ant-select-dropdown:visible");
        var item = open.Locator(".ant-select-item-option")
            .Filter(new() { HasTextRegex = new Regex("^" + Regex.Escape(option) + "$") });
        for (var attempt = 1; ; attempt++)
        {
            // Again only when the dropdown closed (not Escape: inside a dialog it closes the dialog).
            if (attempt == 1 || await open.CountAsync() == 0)
            {
                await select.ClickAsync();
            }
            if (search)
            {
                await select.FillAsync(option);
            }
            await item.ClickAsync();
            try
            {
                await Expect(shown).ToContainTextAsync(option, new() { Timeout = 2_000 });
                break;
            }
            catch (PlaywrightException) when (attempt < 3)
            {
                Trace?.Invoke($"choosing {option}: not taken on attempt {attempt}, trying again");
            }
        }
        // Closed before the next step: a dropdown still fading out covers what is below it.
        await Expect(open).ToHaveCountAsync(0);
    }

    /// <summary>Picks an outcome in the complete dialog with one click on its button and checks
    /// that it is the one picked.</summary>
    public static async Task ChooseOutcomeAsync(ILocator dialog, string outcome)
    {
        await dialog.Locator("#outcome .ant-radio-button-wrapper").Filter(new() { HasTextRegex = new Regex("^" + Regex.Escape(outcome) + "$") }).ClickAsync();
        await Expect(dialog.Locator("#outcome").GetByRole(AriaRole.Radio, new() { Name = outcome, Exact = true })).ToBeCheckedAsync();
    }

    /// <summary>Where steps report what they had to try again (the running test's output).</summary>
    public static Action<string>? Trace { get; set; }

    /// <summary>Waits for an antd toast (message) with the text.</summary>
    public static Task ToastAsync(IPage page, string text) =>
        Expect(page.Locator(".ant-message").GetByText(text)).ToBeVisibleAsync();

    /// <summary>A small PDF with a real signature (uploads are checked by content).</summary>
    public static byte[] Pdf(string text) => Encoding.UTF8.GetBytes($"%PDF-1.7\n% {text}\n1 0 obj << >> endobj\n%%EOF\n");

    /// <summary>Waits for the row of an open task in the workbench inbox, refreshing the inbox
    /// until the task has arrived (it arrives live too; the refresh covers a missed message).
    /// <paramref name="refresh"/> is the refresh button's label in the UI language.</summary>
    public static async Task<ILocator> FindTaskAsync(IPage page, string receipt, string nodeName, string refresh = "刷新")
    {
        if (!new Uri(page.Url).AbsolutePath.Equals("/workbench", StringComparison.Ordinal))
        {
            await page.GotoAsync("/workbench");
        }
        var row = page.Locator("tr").Filter(new() { HasText = receipt }).Filter(new() { HasText = nodeName });
        await WebAppServer.EventuallyAsync(async () =>
        {
            if (await row.CountAsync() > 0)
            {
                return true;
            }
            await page.Button(refresh).ClickAsync();
            try
            {
                await row.WaitForAsync(new() { Timeout = 2_000 });
                return true;
            }
            catch (TimeoutException)
            {
                return false;
            }
        }, $"{nodeName} of {receipt} in the inbox");
        return row;
    }

    /// <summary>Opens an open task from the workbench inbox (see <see cref="FindTaskAsync"/>).</summary>
    public static async Task OpenTaskAsync(IPage page, string receipt, string nodeName)
    {
        var row = await FindTaskAsync(page, receipt, nodeName);
        await row.GetByRole(AriaRole.Link, new() { Name = "办理" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/workbench/tasks/"));
        await Expect(page.Locator(".ant-card-head-title").First).ToContainTextAsync(nodeName);
    }

    /// <summary>Completes the open task with an outcome (one click on its button: not retried,
    /// so a click that does not pick it fails), its fields' texts and choices, and waits until
    /// the page shows the task done.</summary>
    public static async Task CompleteAsync(IPage page, string outcome, IReadOnlyDictionary<string, string> texts,
        IReadOnlyDictionary<string, string>? choices = null)
    {
        await page.Button("办结本环节").ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await Expect(dialog).ToBeVisibleAsync();
        // Let the dialog finish zooming in: a dropdown opened meanwhile is placed for where it was.
        await Expect(page.Locator(".ant-modal[class*='ant-zoom-']")).ToHaveCountAsync(0);
        await ChooseOutcomeAsync(dialog, outcome);
        foreach (var (field, choice) in choices ?? new Dictionary<string, string>())
        {
            await ChooseAsync(page, dialog.Locator("#" + field), choice);
        }
        foreach (var (field, text) in texts)
        {
            await dialog.Locator("#" + field).FillAsync(text);
        }
        await dialog.Button("办结本环节").ClickAsync();
        await Expect(dialog).ToBeHiddenAsync();
        await ToastAsync(page, "操作成功");
        await Expect(page.GetByText("此任务已结束").First).ToBeVisibleAsync();
    }
}
