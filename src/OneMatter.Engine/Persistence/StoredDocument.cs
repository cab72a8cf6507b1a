namespace OneMatter.Engine.Persistence;

/// <summary>An issued document as stored: what was issued, the SHA-256 of its bytes (lower-case
/// hex) and when it was stored.</summary>
/// <param name="Issued">What the renderer produced.</param>
/// <param name="Sha256">SHA-256 of the content, computed by the store.</param>
/// <param name="CreatedAt">When it was stored (UTC).</param>
public sealed record DocumentInfo(IssuedDocument Issued, string Sha256, DateTimeOffset CreatedAt);

/// <summary>An issued document with its content.</summary>
/// <param name="Info">Its description.</param>
/// <param name="Content">The bytes, exactly as rendered.</param>
public sealed record StoredDocument(DocumentInfo Info, ReadOnlyMemory<byte> Content);
