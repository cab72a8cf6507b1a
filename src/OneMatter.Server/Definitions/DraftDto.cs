namespace OneMatter.Server.Definitions;

/// <summary>The working draft of a definition id and its check against the running workspace.</summary>
public sealed record DraftDto(string Id, string Yaml, string SavedBy, DateTimeOffset SavedAt, bool Valid, IReadOnlyList<DefinitionErrorDto> Errors);
