using System.Security.Cryptography;
using System.Text;
using OneMatter.Engine.Persistence;
using OneMatter.Storage.Tests.Support;

namespace OneMatter.Storage.Tests;

/// <summary>Issued documents: immutable, hashed, listed without content, found by code.</summary>
public abstract partial class MatterStoreCompliance
{
    private IDocumentStore Documents => (IDocumentStore)Store;

    private static IssuedDocument Permit(string number, string code, int revision = 1) => new()
    {
        InstanceId = "A1",
        Number = number,
        DocumentId = "homestead-approval",
        Title = "农村宅基地批准书",
        Revision = revision,
        ForApplicant = true,
        Template = "homestead-approval",
        TemplateSha256 = new string('a', 64),
        VerificationCode = code,
        ContentType = "text/html; charset=utf-8",
        IssuedAt = RuralHousing.Start.AddHours(3),
    };

    [StoreFact]
    public async Task Document_Saved_WithItsHash_AndImmutable()
    {
        var html = Encoding.UTF8.GetBytes("<html><body>宅基地批准书</body></html>");

        var first = await Documents.SaveDocumentAsync(Permit("A1-D7", "ABCDE-FGHJK"), html);
        var again = await Documents.SaveDocumentAsync(Permit("A1-D7", "ABCDE-FGHJK"), html);

        var stored = await Documents.DocumentAsync("A1", "A1-D7");
        Assert.NotNull(stored);
        Assert.Equal(html, stored.Content.ToArray());
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(html)), stored.Info.Sha256);
        Assert.Equal(first, again);
        Assert.Equal(Permit("A1-D7", "ABCDE-FGHJK"), stored.Info.Issued);
        Assert.Equal(Time.GetUtcNow(), stored.Info.CreatedAt);
        await Assert.ThrowsAsync<ImmutableRecordException>(() => Documents.SaveDocumentAsync(Permit("A1-D7", "ABCDE-FGHJK"), new byte[] { 1 }));
        Assert.Equal(html, (await Documents.DocumentAsync("A1", "A1-D7"))!.Content.ToArray());
        Assert.Null(await Documents.DocumentAsync("A1", "A1-D8"));
    }

    [StoreFact]
    public async Task Documents_Listed_InIssueOrder_AndFound_ByVerificationCode()
    {
        await Documents.SaveDocumentAsync(Permit("A1-D9", "CODE2-BBBBB", revision: 2) with { IssuedAt = RuralHousing.Start.AddHours(5) }, "<p>2</p>"u8.ToArray());
        await Documents.SaveDocumentAsync(Permit("A1-D4", "CODE1-AAAAA"), "<p>1</p>"u8.ToArray());

        var listed = await Documents.DocumentsOfAsync("A1");
        Assert.Equal(["A1-D4", "A1-D9"], listed.Select(d => d.Issued.Number));
        Assert.Equal([1, 2], listed.Select(d => d.Issued.Revision));
        Assert.Empty(await Documents.DocumentsOfAsync("A2"));

        var found = await Documents.DocumentByCodeAsync("CODE2-BBBBB");
        Assert.Equal(("A1", "A1-D9", Convert.ToHexStringLower(SHA256.HashData("<p>2</p>"u8))), (found!.Issued.InstanceId, found.Issued.Number, found.Sha256));
        Assert.Null(await Documents.DocumentByCodeAsync("NOPE0-00000"));
    }

    [StoreFact]
    public async Task A_verification_code_belongs_to_one_document_only()
    {
        await Documents.SaveDocumentAsync(Permit("A1-D4", "SAME0-CODE0"), "<p>1</p>"u8.ToArray());

        await Assert.ThrowsAnyAsync<Exception>(() => Documents.SaveDocumentAsync(Permit("A1-D5", "SAME0-CODE0"), "<p>2</p>"u8.ToArray()));
        Assert.Null(await Documents.DocumentAsync("A1", "A1-D5"));
    }
}
