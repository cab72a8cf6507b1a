using OneMatter.Engine.Documents;
using OneMatter.Engine.Expressions;

namespace OneMatter.Engine.Tests.Documents;

public sealed class DocumentTemplatesTests : IDisposable
{
    private const string Layout = "<html>\n<head><title>{{ document.title }}</title></head>\n<body>\n<!-- content -->\n<footer>{{ document.verification_code }}</footer>\n</body>\n</html>\n";
    private readonly string _folder = Directory.CreateTempSubdirectory("templates-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private DocumentTemplates Load(params (string File, string Text)[] files)
    {
        foreach (var (file, text) in files)
        {
            File.WriteAllText(Path.Combine(_folder, file), text);
        }
        return DocumentTemplates.Load(_folder);
    }

    private static ExpressionScope Scope(string name) => new(new Dictionary<string, object?>
    {
        ["form"] = new Dictionary<string, object?> { ["name"] = name },
        ["document"] = new Dictionary<string, object?> { ["title"] = "受理回执", ["verification_code"] = "ABCDE-FGHJK" },
    });

    [Fact]
    public void A_fragment_is_rendered_inside_the_layout_with_every_value_escaped()
    {
        var templates = Load(("_layout.html", Layout), ("receipt.html", "<p>{{ form.name }}：您的申请已受理。</p>\n"));

        var html = templates.Find("receipt")!.Render(Scope("<script>王</script>"));

        Assert.Empty(templates.Errors);
        Assert.Equal(["receipt"], templates.Ids);
        Assert.Contains("<title>受理回执</title>", html, StringComparison.Ordinal);
        Assert.Contains("<p>&lt;script&gt;王&lt;/script&gt;：您的申请已受理。</p>\n<footer>ABCDE-FGHJK</footer>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<!-- content -->", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Variables_are_placed_in_the_file_and_line_they_were_written_in()
    {
        var templates = Load(("_layout.html", Layout), ("receipt.html", "<h1>回执</h1>\n<p>{{ form.name }}</p>\n"));

        var references = templates.Find("receipt")!.References.Select(r => r.ToString()).ToList();

        Assert.Equal(["_layout.html:2:17: document.title", "receipt.html:2:7: form.name", "_layout.html:5:12: document.verification_code"], references);
    }

    [Fact]
    public void A_syntax_error_is_reported_in_the_fragment_not_the_composed_text()
    {
        var templates = Load(("_layout.html", Layout), ("broken.html", "<p>ok</p>\n<p>{{ form.name + }}</p>\n"));

        Assert.Null(templates.Find("broken"));
        var error = Assert.Single(templates.Errors);
        Assert.Equal("broken.html", error.File);
        Assert.Equal(2, error.Line);
    }

    [Fact]
    public void A_whole_page_is_used_as_it_is_and_a_layout_without_its_marker_is_an_error()
    {
        var whole = Load(("_layout.html", Layout), ("page.html", "<!DOCTYPE html>\n<html><body>{{ form.name }}</body></html>\n"));
        Assert.Equal("<!DOCTYPE html>\n<html><body>李</body></html>\n", whole.Find("page")!.Render(Scope("李")));

        File.WriteAllText(Path.Combine(_folder, "_layout.html"), "<html><body></body></html>");
        var unmarked = DocumentTemplates.Load(_folder);
        Assert.Contains(unmarked.Errors, e => e.File == "_layout.html" && e.Message.Contains("<!-- content -->", StringComparison.Ordinal));
        Assert.NotNull(unmarked.Find("page"));
    }

    [Fact]
    public void The_hash_changes_with_the_layout_so_a_stored_document_says_which_revision_made_it()
    {
        var first = Load(("_layout.html", Layout), ("receipt.html", "<p>{{ form.name }}</p>")).Find("receipt")!.Sha256;
        var second = Load(("_layout.html", Layout.Replace("<footer>", "<footer class=\"x\">", StringComparison.Ordinal))).Find("receipt")!.Sha256;

        Assert.Matches("^[0-9a-f]{64}$", first);
        Assert.NotEqual(first, second);
    }

    [Fact]
    public void A_missing_folder_has_no_templates() =>
        Assert.Empty(DocumentTemplates.Load(Path.Combine(_folder, "missing")).Ids);
}
