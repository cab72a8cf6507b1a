namespace OneMatter.Server.Api;

// Attachments' requests and responses. Records only, like Dtos.cs.

/// <summary>An uploaded file: its id (the value a file field takes), the name it was uploaded
/// under, size, SHA-256 and type.</summary>
public sealed record UploadedDto(string Id, string Name, long Size, string Sha256, string ContentType);

/// <summary>A file of a matter: who uploaded it and when, and the task it was attached to
/// (officers' attachments; null for the application's and corrections' files).</summary>
public sealed record AttachmentDto(string Id, string Name, string ContentType, long Size, string Sha256, string UploadedBy, string? UploadedUnit,
    string? UploadedUnitName, DateTimeOffset UploadedAt, string? TaskId);

/// <summary>Files an officer attaches to a task: ids of their own unbound uploads.</summary>
public sealed record AttachRequest(IReadOnlyList<string>? AttachmentIds);
