namespace OneMatter.Storage.Entities;

/// <summary>
/// A file an applicant or officer uploaded: kept with its SHA-256, owned by the uploader until a
/// command binds it to a matter (an application's file field, or an officer's attachment on a
/// task). Content never changes once written.
/// </summary>
public sealed class AttachmentRow
{
    /// <summary>Random id, the value a file field holds.</summary>
    public required string Id { get; set; }
    /// <summary>The matter it belongs to once bound; null while only uploaded.</summary>
    public string? InstanceId { get; set; }
    /// <summary>The task it was attached to, for officers' attachments.</summary>
    public string? TaskId { get; set; }
    /// <summary>File name as uploaded (display only; never used as a path).</summary>
    public required string FileName { get; set; }
    /// <summary>MIME type, checked against the allowed list at upload.</summary>
    public required string ContentType { get; set; }
    /// <summary>Size in bytes.</summary>
    public long Size { get; set; }
    /// <summary>Lower-case hex SHA-256 of the bytes.</summary>
    public required string Sha256 { get; set; }
    /// <summary>The bytes.</summary>
    public required byte[] Content { get; set; }
    /// <summary>Account that uploaded it.</summary>
    public required string UploadedBy { get; set; }
    /// <summary>The uploader's unit (officers), null for applicants.</summary>
    public string? UploadedUnit { get; set; }
    /// <summary>Uploaded, UTC ticks.</summary>
    public long UploadedUtcTicks { get; set; }
}
