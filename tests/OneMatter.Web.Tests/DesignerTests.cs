using System.Text.RegularExpressions;
using Microsoft.Playwright;
using OneMatter.Web.Tests.Support;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace OneMatter.Web.Tests;

/// <summary>The designer face: a definition opened, broken on the canvas, the error listed and
/// pinned on its node, fixed, and published as a new version.</summary>
[Collection(WebCollection.Name)]
public sealed class DesignerTests(WebAppServer server, ITestOutputHelper output)
{
    [RequiresChromiumFact]
    public Task Designer_BreaksRuralHousing_SeesTheErrorOnItsNode_FixesIt_AndPublishesANewVersion() =>
        Story.RunAsync(server, output, "designer", async story =>
        {
            var page = await story.SignInAsync("designer");
            await Expect(page).ToHaveURLAsync(new Regex("/designer$"));
            var row = page.Locator("tr").Filter(new() { Has = page.Locator("code", new() { HasTextRegex = new Regex("^rural-housing$") }) });
            await row.Button("打开").ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex("/designer/rural-housing$"));
            var validation = page.GetByTestId("validation");
            await Expect(validation).ToContainTextAsync("定义有效");

            // The published history before.
            await page.GetByRole(AriaRole.Tab, new() { Name = "版本" }).ClickAsync();
            var versions = page.Locator(".om-version-list > li");
            await Expect(versions.First).ToBeVisibleAsync();
            var before = await versions.CountAsync();
            await page.GetByRole(AriaRole.Tab, new() { Name = "属性" }).ClickAsync();

            // Delete the node that issues the joint review sheet: the join before it is left
            // without a way on.
            var canvas = page.Locator(".om-canvas");
            await page.GetByTestId("node-review-summary").ClickAsync();
            await canvas.GetByRole(AriaRole.Button, new() { Name = "删除", Exact = true }).ClickAsync();
            await Expect(page.GetByTestId("node-review-summary")).ToHaveCountAsync(0);

            // Listed under the canvas, with the node it is in, and pinned on that node.
            await Expect(validation).ToContainTextAsync(new Regex("\\d+ 个问题"));
            var listed = validation.Locator("li").Filter(new() { Has = page.Locator("code") }).First;
            await Expect(listed).ToBeVisibleAsync();
            var node = (await listed.Locator("code").InnerTextAsync()).Trim();
            story.Log($"error listed on {node}: {await listed.InnerTextAsync()}");
            var pinned = page.GetByTestId("node-" + node);
            await Expect(pinned).ToHaveClassAsync(new Regex("om-node--error"));
            await Expect(pinned.Locator(".om-badge--error")).ToContainTextAsync("个错误");
            // Picking the error brings its node into view and selects it (and its YAML line).
            await listed.ClickAsync();
            await Expect(pinned).ToHaveClassAsync(new Regex("om-node--selected"));
            await pinned.HoverAsync();
            await WebAppServer.ScreenshotAsync(page, "designer");

            // Undo the deletion: the definition is valid again and the pin is gone.
            await canvas.GetByRole(AriaRole.Button, new() { Name = "撤销", Exact = true }).ClickAsync();
            await Expect(page.GetByTestId("node-review-summary")).ToBeVisibleAsync();
            await Expect(validation).ToContainTextAsync("定义有效");
            await Expect(pinned).Not.ToHaveClassAsync(new Regex("om-node--error"));

            // Publish: a confirmation, then a new version at the top of the history.
            await page.Button("发布").ClickAsync();
            await page.Locator(".ant-modal-confirm").Button("确定").ClickAsync();
            await Ui.ToastAsync(page, $"已发布第 {before + 1} 版");
            await page.GetByRole(AriaRole.Tab, new() { Name = "版本" }).ClickAsync();
            await Expect(versions).ToHaveCountAsync(before + 1);
            await Expect(versions.First).ToContainTextAsync($"v{before + 1}");
            await Expect(versions.First).ToContainTextAsync("designer");
        });

    /// <summary>A page loaded at a definition's address draws the canvas from the published
    /// version's JSON (asked beside the sign-in check), parses the YAML afterwards, and edits it
    /// like a definition opened from the list.</summary>
    [RequiresChromiumFact]
    public Task Designer_OpenedByItsAddress_DrawsFromTheJson_AndEditsTheYaml() =>
        Story.RunAsync(server, output, "designer-address", async story =>
        {
            var page = await story.SignInAsync("designer");
            var json = page.WaitForRequestAsync(r => r.Url.Contains("/api/definitions/rural-housing?format=json", StringComparison.Ordinal));
            await page.GotoAsync("/designer/rural-housing");
            await json;
            var land = page.GetByTestId("node-land");
            await Expect(land).ToBeVisibleAsync();
            await Expect(page.GetByTestId("validation")).ToContainTextAsync("定义有效");
            await land.ClickAsync();
            await Expect(page.Locator(".om-props input").First).ToHaveValueAsync("land");
            var name = page.Locator(".om-props input").Nth(1);
            await name.FillAsync("用地预审");
            await name.PressAsync("Enter");
            await Expect(land.Locator(".om-node__name")).ToHaveTextAsync("用地预审");
            // The edit went into the YAML (the view shows the selected node's lines).
            await Expect(page.Locator(".om-yaml .cm-content")).ToContainTextAsync("name: 用地预审");
            await Expect(page.GetByText("未保存")).ToBeVisibleAsync();
        });

    /// <summary>Clicks the land node in the same moment the page's first live-validation answer
    /// lands: in a task queued as the answer's body has been read, so the click comes between the
    /// answer re-creating the canvas nodes and the canvas's effects.</summary>
    private const string ClickLandWithTheValidationAnswer = """
        (() => {
          const real = window.fetch.bind(window);
          window.__omClicked = false;
          window.fetch = async (input, init) => {
            const response = await real(input, init);
            const url = typeof input === 'string' ? input : input.url;
            if (url.includes('/api/definitions/validate') && !window.__omClicked) {
              response.clone().text().then(() => setTimeout(() => {
                document.querySelector('[data-testid="node-land"]')
                  .dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, view: window }));
                window.__omClicked = true;
              }));
            }
            return response;
          };
        })();
        """;

    // Bug: about 1 click in 15 on a canvas node did not select it (a second click did). The click
    // reached the editor state only through xyflow's onSelectionChange, effects after it, and the
    // nodes re-created for a validation answer put back the selection from before the click. With
    // the click timed as here, the old canvas lost it every time (and 6 clicks of 60 at 0-11 ms).
    [RequiresChromiumFact]
    public Task Designer_ClickOnANode_SelectsIt_WhenAValidationAnswerLandsWithTheClick() =>
        Story.RunAsync(server, output, "designer-select", async story =>
        {
            var page = await story.SignInAsync("designer");
            await page.AddInitScriptAsync(ClickLandWithTheValidationAnswer);
            for (var i = 0; i < 4; i++)
            {
                await page.GotoAsync("/designer/rural-housing");
                await WebAppServer.EventuallyAsync(async () => await page.EvaluateAsync<bool>("() => window.__omClicked") ? "clicked" : null,
                    "the land node to be clicked with the validation answer");
                await Expect(page.GetByTestId("node-land")).ToHaveClassAsync(new Regex("om-node--selected"), new() { Timeout = 3_000 });
                await Expect(page.Locator(".om-props input").First).ToHaveValueAsync("land");
            }
        });
}
