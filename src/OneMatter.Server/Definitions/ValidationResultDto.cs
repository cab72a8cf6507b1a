namespace OneMatter.Server.Definitions;

/// <summary>The check of a definition text: the id it declares (when readable) and every problem
/// the loader and validator found, ordered by position.</summary>
public sealed record ValidationResultDto(bool Valid, string? Id, IReadOnlyList<DefinitionErrorDto> Errors);
