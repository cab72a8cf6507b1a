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
    /// <summary>MIME type.</summary>
    public required string ContentType { get; set; }
    /// <summary>The bytes.</summary>
    public required byte[] Content { get; set; }
    /// <summary>Lower-case hex SHA-256 of the bytes.</summary>
    public required string Sha256 { get; set; }
    /// <summary>Stored, UTC ticks.</summary>
    public long CreatedUtcTicks { get; set; }
}
