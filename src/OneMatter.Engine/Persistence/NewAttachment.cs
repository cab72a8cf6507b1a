namespace OneMatter.Engine.Persistence;

/// <summary>What the uploader tells about a file; the store adds id, hash, size and time.</summary>
public sealed record NewAttachment
{
    /// <summary>File name as uploaded, already stripped of any path (display only).</summary>
    public required string FileName { get; init; }

    /// <summary>MIME type, already checked against the allowed list and the file's signature.</summary>
    public required string ContentType { get; init; }

    /// <summary>Account that uploads it.</summary>
    public required string UploadedBy { get; init; }

    /// <summary>The uploader's unit (officers), null for applicants.</summary>
    public string? UploadedUnit { get; init; }
}
