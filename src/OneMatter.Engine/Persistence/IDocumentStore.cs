namespace OneMatter.Engine.Persistence;

/// <summary>
/// Issued documents (receipts, notices, permits): written once after the issuing command
/// committed, never changed, found by instance and number or by the verification code printed on
/// them.
/// </summary>
public interface IDocumentStore
{
    /// <summary>Stores a rendered document with the SHA-256 of its bytes. Immutable: the same
    /// content under the same number again is a no-op, other content throws.</summary>
    /// <exception cref="ImmutableRecordException">The number exists with other content.</exception>
    Task<DocumentInfo> SaveDocumentAsync(IssuedDocument document, ReadOnlyMemory<byte> content, CancellationToken cancellationToken = default);

    /// <summary>A document with its content, or null.</summary>
    Task<StoredDocument?> DocumentAsync(string instanceId, string number, CancellationToken cancellationToken = default);

    /// <summary>The documents of an instance in issue order, without content.</summary>
    Task<IReadOnlyList<DocumentInfo>> DocumentsOfAsync(string instanceId, CancellationToken cancellationToken = default);

    /// <summary>The document carrying <paramref name="verificationCode"/>, without content, or null.</summary>
    Task<DocumentInfo?> DocumentByCodeAsync(string verificationCode, CancellationToken cancellationToken = default);
}
