namespace OneMatter.Engine.Persistence;

/// <summary>What the renderer knows about a document it produced, before the store adds the
/// content hash and the time it was stored.</summary>
public sealed record IssuedDocument
{
    /// <summary>The instance.</summary>
    public required string InstanceId { get; init; }
    /// <summary>Document number (from <c>DocumentIssued</c>), unique within the instance.</summary>
    public required string Number { get; init; }
    /// <summary>The definition's document id, e.g. <c>homestead-approval</c>.</summary>
    public required string DocumentId { get; init; }
    /// <summary>The definition's name of the document, e.g. 农村宅基地批准书.</summary>
    public required string Title { get; init; }
    /// <summary>The n-th issue of this document id in the instance, from 1.</summary>
    public int Revision { get; init; } = 1;
    /// <summary>Whether the applicant may download it; otherwise only the units involved.</summary>
    public bool ForApplicant { get; init; } = true;
    /// <summary>Template id it was rendered from.</summary>
    public required string Template { get; init; }
    /// <summary>Lower-case hex SHA-256 of the composed template text.</summary>
    public required string TemplateSha256 { get; init; }
    /// <summary>The code printed on it for public verification.</summary>
    public required string VerificationCode { get; init; }
    /// <summary>MIME type, e.g. <c>text/html; charset=utf-8</c>.</summary>
    public required string ContentType { get; init; }
    /// <summary>The instant of the issuing event.</summary>
    public required DateTimeOffset IssuedAt { get; init; }
}
