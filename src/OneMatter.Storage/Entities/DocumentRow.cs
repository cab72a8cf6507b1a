namespace OneMatter.Storage.Entities;

/// <summary>An issued document's rendered content; immutable once written.</summary>
public sealed class DocumentRow
{
    /// <summary>Instance id.</summary>
    public required string InstanceId { get; set; }
    /// <summary>Document number.</summary>
    public required string Number { get; set; }
    /// <summary>The definition's document id.</summary>
    public required string DocumentId { get; set; }
    /// <summary>The definition's name of the document at issue, e.g. 受理回执.</summary>
    public string Title { get; set; } = "";
    /// <summary>The n-th issue of this document id within the instance (a correction notice may be
    /// issued twice), from 1.</summary>
    public int Revision { get; set; } = 1;
    /// <summary>Whether the applicant may download it (the definition's choice at issue).</summary>
    public bool ForApplicant { get; set; } = true;
    /// <summary>Template id it was rendered from.</summary>
    public string Template { get; set; } = "";
    /// <summary>Lower-case hex SHA-256 of the composed template text that rendered it.</summary>
    public string TemplateSha256 { get; set; } = "";
    /// <summary>Printed on the document; the public verification endpoint looks it up. Unique.</summary>
    public string? VerificationCode { get; set; }
    /// <summary>MIME type.</summary>
    public required string ContentType { get; set; }
    /// <summary>The bytes.</summary>
    public required byte[] Content { get; set; }
    /// <summary>Lower-case hex SHA-256 of the bytes.</summary>
    public required string Sha256 { get; set; }
    /// <summary>The instant of the issuing event, UTC ticks.</summary>
    public long IssuedUtcTicks { get; set; }
    /// <summary>Stored, UTC ticks.</summary>
    public long CreatedUtcTicks { get; set; }
}
