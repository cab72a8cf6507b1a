using OneMatter.Engine.Persistence;

namespace OneMatter.Documents;

/// <summary>Tells whether a presented verification code, and optionally the SHA-256 of a presented
/// copy, belong to a genuine issued document.</summary>
public sealed class DocumentVerifier(IDocumentStore documents)
{
    /// <summary>Checks <paramref name="code"/> (case and confusable letters forgiven) and, when
    /// given, <paramref name="sha256"/> (hex, any case).</summary>
    public async Task<DocumentVerification> VerifyAsync(string? code, string? sha256, CancellationToken cancellationToken = default)
    {
        var normalized = VerificationCode.Normalize(code);
        if (normalized is null)
        {
            return new DocumentVerification(DocumentCheck.UnknownCode, null);
        }
        var document = await documents.DocumentByCodeAsync(normalized, cancellationToken).ConfigureAwait(false);
        if (document is null)
        {
            return new DocumentVerification(DocumentCheck.UnknownCode, null);
        }
        var matches = string.IsNullOrWhiteSpace(sha256) || string.Equals(sha256.Trim(), document.Sha256, StringComparison.OrdinalIgnoreCase);
        return new DocumentVerification(matches ? DocumentCheck.Genuine : DocumentCheck.HashMismatch, document);
    }
}
