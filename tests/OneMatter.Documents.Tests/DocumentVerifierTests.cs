using OneMatter.Documents.Tests.Support;
using OneMatter.Engine.Events;

namespace OneMatter.Documents.Tests;

public sealed class DocumentVerifierTests
{
    [Fact]
    public async Task A_code_and_hash_of_an_issued_document_are_genuine_and_anything_else_is_not()
    {
        await using var matter = await IssuingMatter.CreateAsync();
        await matter.ApplyAsync("RH-9");
        await matter.CompleteFirstAsync("accept");
        var issued = (await matter.Store.EventsAsync("RH-9")).OfType<DocumentIssued>().Single();
        var info = await matter.Renderer.RenderAsync("RH-9", issued.Number);
        var verifier = new DocumentVerifier(matter.Documents);
        var code = info.Issued.VerificationCode;

        var genuine = await verifier.VerifyAsync(code, info.Sha256.ToUpperInvariant());
        Assert.Equal(DocumentCheck.Genuine, genuine.Check);
        Assert.Equal(issued.Number, genuine.Document!.Issued.Number);

        // Typed by hand: lower case, no dash, O for 0 and I/L for 1 are forgiven.
        var typed = code.Replace("-", " ", StringComparison.Ordinal).ToLowerInvariant().Replace('0', 'o').Replace('1', 'l');
        Assert.Equal(DocumentCheck.Genuine, (await verifier.VerifyAsync(typed, null)).Check);

        Assert.Equal(DocumentCheck.HashMismatch, (await verifier.VerifyAsync(code, new string('0', 64))).Check);
        Assert.Equal(DocumentCheck.UnknownCode, (await verifier.VerifyAsync("ZZZZZ-ZZZZZ", info.Sha256)).Check);
        Assert.Equal(DocumentCheck.UnknownCode, (await verifier.VerifyAsync("not a code", null)).Check);
        Assert.Equal(DocumentCheck.UnknownCode, (await verifier.VerifyAsync(null, null)).Check);
    }

    [Fact]
    public void New_codes_are_well_formed_normalized_and_distinct()
    {
        var codes = Enumerable.Range(0, 2000).Select(_ => VerificationCode.New()).ToList();

        Assert.All(codes, c => Assert.Equal(c, VerificationCode.Normalize(c)));
        Assert.Equal(codes.Count, codes.Distinct().Count());
        Assert.Null(VerificationCode.Normalize("ABCDE-FGHJ"));
        Assert.Null(VerificationCode.Normalize("ABCDE-FGHJKX"));
        Assert.Null(VerificationCode.Normalize("ABCDE-FGHJU"));
    }
}
