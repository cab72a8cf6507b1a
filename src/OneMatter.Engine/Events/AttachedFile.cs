namespace OneMatter.Engine.Events;

/// <summary>
/// A file as the event log records it: the attachment's id, the name it was uploaded under and
/// the SHA-256 and size of its bytes. The hash in the log is what makes a later swap of the
/// stored bytes detectable: the chained event vouches for the content that was attached.
/// </summary>
public sealed record AttachedFile
{
    /// <summary>The attachment id (the store's).</summary>
    public required string Id { get; init; }

    /// <summary>The file name as uploaded (display only).</summary>
    public required string Name { get; init; }

    /// <summary>Lower-case hex SHA-256 of the bytes.</summary>
    public required string Sha256 { get; init; }

    /// <summary>Size in bytes.</summary>
    public long Size { get; init; }
}
