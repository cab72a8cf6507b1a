namespace OneMatter.Server.Definitions;

/// <summary>One published version; <c>Seeded</c> when it came from a <c>workflows/</c> file at start.</summary>
public sealed record DefinitionVersionDto(int Version, string PublishedBy, DateTimeOffset PublishedAt, string Sha256, bool Seeded);
