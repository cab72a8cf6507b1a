using OneMatter.Engine.Expressions;
using OneMatter.Engine.Organisation;

namespace OneMatter.Engine.Tests.Expressions;

/// <summary><c>place</c>, <c>unit</c>, <c>cn_date</c> and <c>cn_datetime</c>: what documents
/// print instead of ids and invariant dates.</summary>
public sealed class DocumentFunctionTests
{
    private static readonly OrgDirectory Org = new(
        [
            new Jurisdiction { Id = "baishi", Name = "白石镇", Level = OrgLevel.Township },
            new Jurisdiction { Id = "baishi-caoping", Name = "草坪村", Level = OrgLevel.Village, Parent = "baishi" },
        ],
        [
            new Unit { Id = "cs-agriculture", Name = "常山县农业农村局", Level = OrgLevel.County, Kind = "agriculture", Jurisdiction = "changshan" },
            new Unit { Id = "odd", Name = "<b>某局</b>", Level = OrgLevel.County, Kind = "odd", Jurisdiction = "changshan" },
        ]);

    private static ExpressionScope Scope(Dictionary<string, object?> form) =>
        new(new Dictionary<string, object?> { ["form"] = form }) { Org = Org };

    private static string Render(string template, Dictionary<string, object?> form, bool htmlEscape = true) =>
        Scopes.CompileTemplate(template).Render(Scope(form), htmlEscape);

    [Fact]
    public void Place_PrintsTheJurisdictionsName()
    {
        var form = new Dictionary<string, object?> { ["township"] = "baishi", ["village"] = "baishi-caoping" };

        Assert.Equal("常山县白石镇草坪村", Render("常山县{{ form.township | place }}{{ form.village | place }}", form));
    }

    [Fact]
    public void Unit_PrintsTheUnitsName_AlsoCalledAsAFunction()
    {
        var form = new Dictionary<string, object?> { ["lead"] = "cs-agriculture" };

        Assert.Equal("常山县农业农村局", Render("{{ form.lead | unit }}", form));
        Assert.Equal("常山县农业农村局", Render("{{ unit form.lead }}", form));
    }

    [Fact]
    public void PlaceAndUnit_UnknownIds_PrintTheIdItself()
    {
        var form = new Dictionary<string, object?> { ["township"] = "nowhere", ["lead"] = "cs-nobody", ["none"] = null };

        Assert.Equal("nowhere cs-nobody baishi []", Render("{{ form.township | place }} {{ form.lead | unit }} {{ 'baishi' | unit }} [{{ form.none | place }}]", form));
    }

    [Fact]
    public void Place_WithoutAnOrgDirectory_PrintsIds()
    {
        ExpressionScope scope = Scopes.Of("form", new Dictionary<string, object?> { ["township"] = "baishi" });

        Assert.Equal("baishi", Scopes.CompileTemplate("{{ form.township | place }}").Render(scope, htmlEscape: true));
    }

    [Fact]
    public void Place_WorksInExpressions_AndOnLists()
    {
        ExpressionScope scope = Scope(new Dictionary<string, object?> { ["township"] = "baishi", ["places"] = new List<object?> { "baishi", "x" } });

        Assert.True(Scopes.Compile("(form.township | place) == '白石镇'").IsTrue(scope));
        Assert.Equal("白石镇、x", Scopes.Compile("form.places | place | array.join '、'").Evaluate(scope));
    }

    [Fact]
    public void Unit_NameIsStillHtmlEscaped()
    {
        var form = new Dictionary<string, object?> { ["lead"] = "odd", ["bad"] = "<script>" };

        Assert.Equal("&lt;b&gt;某局&lt;/b&gt; &lt;script&gt;", Render("{{ form.lead | unit }} {{ form.bad | place }}", form));
    }

    [Fact]
    public void PlaceAndUnit_AreNotReferences()
    {
        var template = Scopes.CompileTemplate("{{ form.township | place }}{{ unit form.lead }}{{ form.day | cn_date }}");

        Assert.Equal(["form.township", "form.lead", "form.day"], template.References.Select(r => r.ToString()));
    }

    [Theory]
    [InlineData("2026-03-16", "2026年3月16日")]
    [InlineData("2026-12-01", "2026年12月1日")]
    public void CnDate_IsoTextOfADateField_PrintsTheChineseDate(string stored, string printed) =>
        Assert.Equal(printed, Render("{{ form.day | cn_date }}", new() { ["day"] = stored }));

    [Fact]
    public void CnDate_AnInstant_IsShownInChinaTime()
    {
        // 2026-03-01 16:30 UTC is already 2 March, 00:30 in Beijing.
        var started = new DateTimeOffset(2026, 3, 1, 16, 30, 0, TimeSpan.Zero);
        var form = new Dictionary<string, object?> { ["started"] = started };

        Assert.Equal("2026年3月2日", Render("{{ form.started | cn_date }}", form));
        Assert.Equal("2026年3月2日 00:30", Render("{{ form.started | cn_datetime }}", form));
    }

    [Fact]
    public void CnDate_AnInstant_UsesTheScopesZone()
    {
        var scope = new ExpressionScope(new Dictionary<string, object?> { ["at"] = new DateTimeOffset(2026, 3, 1, 16, 30, 0, TimeSpan.Zero) })
        {
            TimeZone = TimeZoneInfo.Utc,
        };

        Assert.Equal("2026年3月1日 16:30", Scopes.CompileTemplate("{{ at | cn_datetime }}").Render(scope, htmlEscape: true));
    }

    [Fact]
    public void CnDate_APlainDate_IsPrintedAsWritten() =>
        Assert.Equal("2024年5月1日", Render("{{ form.day | cn_date }}", new() { ["day"] = new DateOnly(2024, 5, 1) }));

    [Fact]
    public void CnDate_Null_PrintsNothing() =>
        Assert.Equal("[]", Render("[{{ form.day | cn_date }}]", new() { ["day"] = null }));

    [Fact]
    public void CnDate_TextThatIsNoDate_FailsNamingIt()
    {
        var error = Assert.Throws<ExpressionEvaluationException>(() => Render("{{ form.day | cn_date }}", new() { ["day"] = "next week" }));

        Assert.Contains("is not a date", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CnDate_ANumber_Fails()
    {
        var error = Assert.Throws<ExpressionEvaluationException>(() => Render("{{ form.n | cn_date }}", new() { ["n"] = 5 }));

        Assert.Contains("`cn_date` needs a date", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DateWrittenWithoutAFormat_ReadsChinese_InChinaTime()
    {
        // Scriban's own default is "01 Mar 2026" in UTC: English month names in a Chinese document.
        var form = new Dictionary<string, object?> { ["started"] = new DateTimeOffset(2026, 3, 1, 16, 30, 0, TimeSpan.Zero) };

        Assert.Equal("2026年3月2日", Render("{{ form.started }}", form));
    }

    [Fact]
    public void DateToString_WithAFormat_StillGivesThatFormat() =>
        Assert.Equal("2024-05-01", Render("{{ form.day | date.to_string '%Y-%m-%d' }}", new() { ["day"] = new DateOnly(2024, 5, 1) }));

    [Fact]
    public void NewBuiltins_AScriptsOwnAssignment_DoesNotLeakIntoTheNextEvaluation()
    {
        // Like any script variable, `place = 1` lands in the evaluation's scratch globals.
        Scopes.Compile("place = 1").Evaluate(ExpressionScope.Empty);

        Assert.Equal("白石镇", Scopes.Compile("'baishi' | place").Evaluate(Scope([])));
    }
}
