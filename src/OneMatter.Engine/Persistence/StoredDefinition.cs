namespace OneMatter.Engine.Persistence;

/// <summary>A published definition version.</summary>
/// <param name="Id">Definition id.</param>
/// <param name="Version">Version number.</param>
/// <param name="Yaml">The source as published.</param>
/// <param name="Sha256">Lower-case hex SHA-256 of the UTF-8 source.</param>
/// <param name="PublishedBy">Who published it.</param>
/// <param name="PublishedAt">When (UTC).</param>
public sealed record StoredDefinition(string Id, int Version, string Yaml, string Sha256, string PublishedBy, DateTimeOffset PublishedAt);
