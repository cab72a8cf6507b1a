using System.Security.Cryptography;
using System.Text;
using OneMatter.Documents.Tests.Support;
using OneMatter.Engine.Documents;
using OneMatter.Engine.Effects;
using OneMatter.Engine.Events;

namespace OneMatter.Documents.Tests;

public sealed class DocumentRendererTests
{
    private static string Html(ReadOnlyMemory<byte> content) => Encoding.UTF8.GetString(content.Span);

    private static async Task<DocumentIssued> AcceptAsync(IssuingMatter matter, string instanceId, string? name = null)
    {
        await matter.ApplyAsync(instanceId, name);
        await matter.CompleteFirstAsync("accept");
        var events = await matter.Store.EventsAsync(instanceId);
        return events.OfType<DocumentIssued>().Single();
    }

    [Fact]
    public async Task An_accepted_application_gets_its_receipt_stored_with_hash_code_and_revision()
    {
        await using var matter = await IssuingMatter.CreateAsync();
        var issued = await AcceptAsync(matter, "RH-1");

        var info = await matter.Renderer.RenderAsync("RH-1", issued.Number);

        var stored = await matter.Documents.DocumentAsync("RH-1", issued.Number);
        Assert.NotNull(stored);
        Assert.Equal(info, stored.Info);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(stored.Content.Span)), info.Sha256);
        Assert.Equal(("acceptance-receipt", "受理回执", 1, true), (info.Issued.DocumentId, info.Issued.Title, info.Issued.Revision, info.Issued.ForApplicant));
        Assert.Equal(issued.At, info.Issued.IssuedAt);
        Assert.Matches("^[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$", info.Issued.VerificationCode);
        Assert.Matches("^[0-9a-f]{64}$", info.Issued.TemplateSha256);
        var html = Html(stored.Content);
        Assert.Contains(issued.Number, html, StringComparison.Ordinal);
        Assert.Contains("Q7K3", html, StringComparison.Ordinal); // the query code printed on the receipt
        Assert.DoesNotContain("{{", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rendering_twice_keeps_the_first_document_and_its_code()
    {
        await using var matter = await IssuingMatter.CreateAsync();
        var issued = await AcceptAsync(matter, "RH-2");
        var effect = new RenderDocument { InstanceId = "RH-2", Number = issued.Number, Document = issued.Document, Template = issued.Template };

        await matter.Renderer.HandleAsync("RH-2", effect, CancellationToken.None);
        var first = await matter.Documents.DocumentAsync("RH-2", issued.Number);
        await matter.Renderer.HandleAsync("RH-2", effect, CancellationToken.None);
        var second = await matter.Documents.DocumentAsync("RH-2", issued.Number);

        Assert.Equal(first!.Info, second!.Info);
        Assert.Equal(first.Content.ToArray(), second.Content.ToArray());
        Assert.Single(await matter.Documents.DocumentsOfAsync("RH-2"));
    }

    [Fact]
    public async Task A_document_rendered_late_shows_the_matter_as_it_was_when_issued()
    {
        await using var early = await IssuingMatter.CreateAsync();
        await using var late = await IssuingMatter.CreateAsync();
        var issued = await AcceptAsync(early, "RH-3");
        Assert.Equal(issued, await AcceptAsync(late, "RH-3"));
        var now = await early.Renderer.RenderAsync("RH-3", issued.Number);

        // The late copy renders only after the joint review went on.
        await late.CompleteFirstAsync();
        await late.CompleteFirstAsync();
        var then = await late.Renderer.RenderAsync("RH-3", issued.Number);

        var earlyHtml = Html((await early.Documents.DocumentAsync("RH-3", issued.Number))!.Content);
        var lateHtml = Html((await late.Documents.DocumentAsync("RH-3", issued.Number))!.Content);
        Assert.Equal(earlyHtml.Replace(now.Issued.VerificationCode, "CODE", StringComparison.Ordinal),
            lateHtml.Replace(then.Issued.VerificationCode, "CODE", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Values_from_the_applicant_are_escaped_in_the_stored_document()
    {
        await using var matter = await IssuingMatter.CreateAsync();
        var issued = await AcceptAsync(matter, "RH-4", name: "<script>alert(1)</script>王五");

        await matter.Renderer.RenderAsync("RH-4", issued.Number);

        var html = Html((await matter.Documents.DocumentAsync("RH-4", issued.Number))!.Content);
        Assert.DoesNotContain("<script>alert(1)</script>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;王五", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_template_fails_the_effect_and_stores_nothing()
    {
        await using var matter = await IssuingMatter.CreateAsync(DocumentTemplates.Empty);
        var issued = await AcceptAsync(matter, "RH-5");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => matter.Renderer.RenderAsync("RH-5", issued.Number));

        Assert.Contains("acceptance-receipt", error.Message, StringComparison.Ordinal);
        Assert.Empty(await matter.Documents.DocumentsOfAsync("RH-5"));
    }

    [Fact]
    public async Task A_number_that_was_never_issued_is_an_error()
    {
        await using var matter = await IssuingMatter.CreateAsync();
        await matter.ApplyAsync("RH-6");

        await Assert.ThrowsAsync<InvalidOperationException>(() => matter.Renderer.RenderAsync("RH-6", "RH-6-D99"));
    }
}
