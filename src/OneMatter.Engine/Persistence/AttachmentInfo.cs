namespace OneMatter.Engine.Persistence;

/// <summary>An attachment as stored, without its content.</summary>
public sealed record AttachmentInfo
{
    /// <summary>Random, URL-safe id.</summary>
    public required string Id { get; init; }

    /// <summary>The matter it is bound to; null while only uploaded.</summary>
    public string? InstanceId { get; init; }

    /// <summary>The task it was attached to (officers' attachments).</summary>
    public string? TaskId { get; init; }

    /// <summary>File name as uploaded.</summary>
    public required string FileName { get; init; }

    /// <summary>MIME type.</summary>
    public required string ContentType { get; init; }

    /// <summary>Size in bytes.</summary>
    public long Size { get; init; }

    /// <summary>Lower-case hex SHA-256 of the bytes, computed by the store.</summary>
    public required string Sha256 { get; init; }

    /// <summary>Account that uploaded it.</summary>
    public required string UploadedBy { get; init; }

    /// <summary>The uploader's unit, null for applicants.</summary>
    public string? UploadedUnit { get; init; }

    /// <summary>When it was stored (UTC).</summary>
    public DateTimeOffset UploadedAt { get; init; }
}
