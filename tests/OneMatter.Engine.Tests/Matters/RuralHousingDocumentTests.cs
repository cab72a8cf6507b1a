
namespace OneMatter.Engine.Tests.Matters;

/// <summary>
/// Rural housing (农村宅基地和建房) is not in the catalogue runs, so its documents are rendered
/// here on every route that issues one: each through the shared layout, with places printed by
/// name and dates the Chinese way.
/// </summary>
public sealed class RuralHousingDocumentTests
{
    public static TheoryData<string, string, string[]> Routes => new()
    {
        { "rural-housing", "", ["acceptance-receipt", "review-opinion", "homestead-approval", "planning-permit"] },
        { "rural-housing", "accept=correct,accept", ["correction-notice", "acceptance-receipt", "review-opinion", "homestead-approval", "planning-permit"] },
        { "rural-housing", "accept=refuse", ["refusal-notice"] },
        { "rural-housing", "approve=reject", ["acceptance-receipt", "review-opinion", "rejection-notice"] },
        { "rural-housing-legacy", "", ["homestead-approval", "planning-permit", "completion-certificate"] },
    };

    [Theory]
    [MemberData(nameof(Routes))]
    public void EveryDocumentOfTheRoute_Renders_WithNamesAndChineseDates(string matter, string script, string[] documents)
    {
        var run = new MatterRun(matter).Start();
        var village = run.State!.Form["village"];

        run.Drive(Script(script));

        Assert.Equal(documents, run.Issued);
        var place = MatterRun.Workspace.Org.FindJurisdiction(village)!;
        foreach (var (issued, html) in run.Documents)
        {
            var where = $"{issued.Template} of {matter}";
            Assert.True(html.StartsWith("<!DOCTYPE html>", StringComparison.Ordinal), where);
            Assert.True(html.Contains("核验网址", StringComparison.Ordinal), where);
            Assert.True(html.Contains("白石镇" + place.Name, StringComparison.Ordinal), $"{where} does not print the place by name");
            Assert.False(html.Contains(village, StringComparison.Ordinal), $"{where} prints the village id {village}");
            Assert.DoesNotMatch(@"\d{4}-\d{2}-\d{2}|\d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4}", html);
        }
        if (run.Documents.FirstOrDefault(d => d.Issued.Template == "acceptance-receipt").Html is { } receipt)
        {
            // started Monday 2 March 2026, 10:00 Beijing time
            Assert.Contains("您于 2026年3月2日 提交", receipt, StringComparison.Ordinal);
        }
    }

    private static Dictionary<string, string[]> Script(string script) =>
        script.Length == 0
            ? []
            : script.Split(';').Select(s => s.Split('=')).ToDictionary(p => p[0], p => p[1].Split(','));
}
