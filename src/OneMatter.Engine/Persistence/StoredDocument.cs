namespace OneMatter.Engine.Persistence;

/// <summary>An issued document's rendered content.</summary>
/// <param name="InstanceId">The instance.</param>
/// <param name="Number">Document number (from the <c>DocumentIssued</c> event).</param>
/// <param name="DocumentId">The definition's document id.</param>
/// <param name="ContentType">MIME type, e.g. <c>text/html</c>.</param>
/// <param name="Content">The bytes.</param>
/// <param name="Sha256">Lower-case hex SHA-256 of the bytes.</param>
/// <param name="CreatedAt">When it was stored (UTC).</param>
public sealed record StoredDocument(string InstanceId, string Number, string DocumentId, string ContentType,
    ReadOnlyMemory<byte> Content, string Sha256, DateTimeOffset CreatedAt);
