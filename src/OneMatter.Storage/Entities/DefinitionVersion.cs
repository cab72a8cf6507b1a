namespace OneMatter.Storage.Entities;

/// <summary>A published definition version; immutable once written.</summary>
public sealed class DefinitionVersion
{
    /// <summary>Definition id.</summary>
    public required string Id { get; set; }
    /// <summary>Version number.</summary>
    public int Version { get; set; }
    /// <summary>The YAML source as published.</summary>
    public required string Yaml { get; set; }
    /// <summary>Lower-case hex SHA-256 of the UTF-8 source.</summary>
    public required string Sha256 { get; set; }
    /// <summary>Who published it.</summary>
    public required string PublishedBy { get; set; }
    /// <summary>When, UTC ticks.</summary>
    public long PublishedUtcTicks { get; set; }
}
