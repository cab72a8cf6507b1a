using System.Text.Json.Nodes;

namespace OneMatter.Server.Definitions;

/// <summary>A published version as JSON: its record and the definition itself, the YAML tree
/// as JSON (keys as written in the file).</summary>
public sealed record DefinitionDto(string Id, int Version, string PublishedBy, DateTimeOffset PublishedAt, string Sha256, bool Retired,
    JsonNode? Definition);
