namespace OneMatter.Engine.Persistence;

/// <summary>An attachment with its content.</summary>
/// <param name="Info">Its description.</param>
/// <param name="Content">The bytes, exactly as uploaded.</param>
public sealed record StoredAttachment(AttachmentInfo Info, ReadOnlyMemory<byte> Content);
