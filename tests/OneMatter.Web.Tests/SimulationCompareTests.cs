using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using OneMatter.Web.Tests.Support;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace OneMatter.Web.Tests;

/// <summary>The designer's comparison (issue 6): rural housing opened, compared with its legacy
/// procedure through the engine's simulator, both timelines side by side with their totals.</summary>
[Collection(WebCollection.Name)]
public sealed class SimulationCompareTests(WebAppServer server, ITestOutputHelper output)
{
    [RequiresChromiumFact]
    public Task Designer_ComparesRuralHousingWithTheLegacyProcedure_SeesBothColumnsAndTheTotals() =>
        Story.RunAsync(server, output, "simulation-compare", async story =>
        {
            var page = await story.SignInAsync("designer");
            await Expect(page).ToHaveURLAsync(new Regex("/designer$"));
            var row = page.Locator("tr").Filter(new() { Has = page.Locator("code", new() { HasTextRegex = new Regex("^rural-housing$") }) });
            await row.Button("打开").ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex("/designer/rural-housing$"));

            // From the simulation panel: the comparison opens against the legacy procedure by default.
            await page.GetByRole(AriaRole.Tab, new() { Name = "模拟" }).ClickAsync();
            await page.Button("对比").ClickAsync();
            var dialog = page.GetByRole(AriaRole.Dialog);
            await Expect(dialog).ToBeVisibleAsync();
            var compare = dialog.GetByTestId("simulation-compare");
            await Expect(compare.Locator(".ant-select")).ToContainTextAsync("rural-housing-legacy");

            // Two columns: the open (reformed) matter on the left, the legacy procedure on the right.
            var left = compare.GetByTestId("compare-column-a");
            var right = compare.GetByTestId("compare-column-b");
            await Expect(left).ToContainTextAsync("rural-housing");
            await Expect(left).ToContainTextAsync("3 个申请人可见环节");
            await Expect(right).ToContainTextAsync("rural-housing-legacy");
            await Expect(right).ToContainTextAsync("7 个申请人可见环节");
            // Step by step: one row per step of the longer timeline, each naming the holding unit.
            var steps = compare.Locator(".om-compare__row:not(.om-compare__head):not(.om-compare__foot)");
            Assert.True(await steps.CountAsync() >= 7, $"only {await steps.CountAsync()} rows");
            await Expect(steps.First.Locator(".om-compare__step").First).ToContainTextAsync("个工作日");

            // The totals: each side's working days, the line "a vs b" and how much faster the reform is.
            var reformed = Days(await compare.GetByTestId("compare-total-a").InnerTextAsync());
            var legacy = Days(await compare.GetByTestId("compare-total-b").InnerTextAsync());
            story.Log($"reformed {reformed} vs legacy {legacy} working days");
            Assert.InRange(reformed, 7, 15);
            Assert.True(legacy > 3 * reformed, $"legacy {legacy} vs reformed {reformed}");
            var totals = compare.GetByTestId("compare-totals");
            await Expect(totals).ToContainTextAsync(new Regex(
                $"^{Regex.Escape(Format(reformed))} vs {Regex.Escape(Format(legacy))} 个工作日"));
            await Expect(totals).ToContainTextAsync(new Regex("农民建房 快 [\\d.]+ 个工作日（[\\d.]+ 倍）"));
            await WebAppServer.ScreenshotAsync(page, "designer-compare");
        });

    /// <summary>The first "N 个工作日" of a total cell.</summary>
    private static double Days(string text) =>
        double.Parse(Regex.Match(text, @"([\d.]+) 个工作日").Groups[1].Value, CultureInfo.InvariantCulture);

    private static string Format(double days) => days.ToString("0.#", CultureInfo.InvariantCulture);
}
