using OneMatter.Engine.Documents;
using OneMatter.Engine.Tests.Loading;

namespace OneMatter.Engine.Tests.Matters;

/// <summary>The shape of <c>templates/</c>: one shared layout, every document a fragment of it.</summary>
public sealed class TemplateFilesTests
{
    public static TheoryData<string> Fragments => new(
        Directory.GetFiles(Repository.Templates, "*.html")
            .Select(Path.GetFileName).OfType<string>()
            .Where(f => f != DocumentTemplates.LayoutFile)
            .Order(StringComparer.Ordinal));

    [Fact]
    public void Layout_IsAPrintablePageWithOneContentLineAndTheVerificationFooter()
    {
        var layout = File.ReadAllText(Path.Combine(Repository.Templates, DocumentTemplates.LayoutFile));

        Assert.StartsWith("<!DOCTYPE html>", layout, StringComparison.Ordinal);
        Assert.Single(layout.Split('\n'), l => l.TrimEnd('\r') == "<!-- content -->");
        Assert.Contains("<html lang=\"zh-CN\">", layout, StringComparison.Ordinal);
        Assert.Contains("<meta charset=\"utf-8\">", layout, StringComparison.Ordinal);
        Assert.Contains("<title>{{ document.title }} {{ document.number }}</title>", layout, StringComparison.Ordinal);
        Assert.Contains("@page { size: A4;", layout, StringComparison.Ordinal);
        Assert.Contains("\"Noto Serif CJK SC\"", layout, StringComparison.Ordinal);
        Assert.Contains("\"WenQuanYi Micro Hei\"", layout, StringComparison.Ordinal);
        Assert.Contains("验证码：{{ document.verification_code }}", layout, StringComparison.Ordinal);
        Assert.Contains("核验网址：{{ document.verify_url }}", layout, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Fragments))]
    public void Document_IsAFragmentOfTheLayout(string file)
    {
        var text = File.ReadAllText(Path.Combine(Repository.Templates, file));

        foreach (var page in new[] { "<!DOCTYPE", "<html", "<head", "<body", "</body>", "</html>", "@page" })
        {
            Assert.DoesNotContain(page, text, StringComparison.OrdinalIgnoreCase);
        }
        Assert.NotNull(MatterRun.Templates.Find(Path.GetFileNameWithoutExtension(file)));
    }

    [Fact]
    public void AllTemplates_ParseComposedIntoTheLayout()
    {
        Assert.Empty(MatterRun.Templates.Errors);
        Assert.Equal(Fragments.Count, MatterRun.Templates.Ids.Count);
    }
}
