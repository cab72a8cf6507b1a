using OneMatter.Engine.Expressions;

namespace OneMatter.Engine.Tests.Expressions;

public sealed class TextTemplateTests
{
    [Fact]
    public void Render_Message_FillsInValues()
    {
        TextTemplate message = Scopes.CompileTemplate("{{ form.applicant_name }} 您好，您在{{ form.township }}的建房申请已受理。");

        Assert.Equal("张三 您好，您在江山镇的建房申请已受理。", message.Render(Scopes.RuralHousing(), htmlEscape: false));
    }

    [Fact]
    public void Render_LoopsAndConditions_Work()
    {
        TextTemplate list = Scopes.CompileTemplate(
            "{{ for room in form.rooms }}{{ room }}{{ if !for.last }}、{{ end }}{{ end }}{{ if form.first_home }}（首套）{{ end }}");

        Assert.Equal("堂屋、卧室、厨房（首套）", list.Render(Scopes.RuralHousing(), htmlEscape: false));
    }

    [Fact]
    public void Render_HtmlEscape_EscapesEveryWrittenValue()
    {
        TextTemplate document = Scopes.CompileTemplate("<p>{{ form.name }}</p><p title=\"{{ form.title }}\">{{ form.name | string.upcase }}</p>");
        ExpressionScope scope = Scopes.Of("form", new Dictionary<string, object?>
        {
            ["name"] = "<script>alert('x')</script>",
            ["title"] = "\" onmouseover=\"steal()",
        });

        string html = document.Render(scope, htmlEscape: true);

        Assert.Equal(
            "<p>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;</p>"
            + "<p title=\"&quot; onmouseover=&quot;steal()\">&lt;SCRIPT&gt;ALERT(&#39;X&#39;)&lt;/SCRIPT&gt;</p>",
            html);
    }

    [Fact]
    public void Render_HtmlEscape_AlsoEscapesLiteralsAndComputedValues()
    {
        TextTemplate document = Scopes.CompileTemplate("{{ '<b>' }}{{ x = '<i>'; x }}{{ ['<u>'] }}");

        Assert.Equal("&lt;b&gt;&lt;i&gt;[&quot;&lt;u&gt;&quot;]", document.Render(ExpressionScope.Empty, htmlEscape: true));
    }

    [Fact]
    public void Render_HtmlEscape_KeepsTemplateTextAndChinese()
    {
        TextTemplate document = Scopes.CompileTemplate("<h1>宅基地批准书</h1>\n<p>申请人：{{ form.applicant_name }} & 家人</p>");

        Assert.Equal("<h1>宅基地批准书</h1>\n<p>申请人：张三 & 家人</p>", document.Render(Scopes.RuralHousing(), htmlEscape: true));
    }

    [Fact]
    public void Render_WithoutHtmlEscape_WritesValuesAsIs() =>
        Assert.Equal("<b>", Scopes.CompileTemplate("{{ v }}").Render(Scopes.Of("v", "<b>"), htmlEscape: false));

    [Fact]
    public void Render_MissingVariable_FailsWithNameLineAndSnippet()
    {
        TextTemplate document = Scopes.CompileTemplate("第一行\n申请人：{{ form.applicant_nam }}");

        var error = Assert.Throws<ExpressionEvaluationException>(() => document.Render(Scopes.RuralHousing(), htmlEscape: true));

        Assert.Contains("applicant_nam", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, error.Line);
        Assert.Contains("申请人：{{ form.applicant_nam }}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_EndlessLoop_Stops()
    {
        TextTemplate endless = Scopes.CompileTemplate("{{ while true }}x{{ end }}");

        var error = Assert.Throws<ExpressionEvaluationException>(() => endless.Render(ExpressionScope.Empty, htmlEscape: false));

        Assert.Contains("loops may run at most", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_Include_Fails() =>
        Assert.Contains("`include` is not available", Assert.Single(TextTemplate.Parse("页眉 {{ include 'header' }}").Errors).Message, StringComparison.Ordinal);

    [Fact]
    public void Parse_SyntaxError_ReportsPosition()
    {
        TextTemplateParseResult parsed = TextTemplate.Parse("第一行\n{{ if form.x }}没有结束");

        Assert.False(parsed.Success);
        Assert.All(parsed.Errors, error => Assert.True(error.Line >= 1 && error.Column >= 1));
        Assert.Contains(parsed.Errors, error => error.Line == 2);
    }

    [Fact]
    public void Render_NewLines_AreTheSameOnEveryHost() =>
        Assert.Equal("a\nb", Scopes.CompileTemplate("a\nb").Render(ExpressionScope.Empty, htmlEscape: false));
}
