namespace OneMatter.Server.Definitions;

/// <summary>Two published versions compared: the node-level changes and the full line diff.</summary>
public sealed record DefinitionDiffDto(string Id, int From, int To, int Added, int Removed, IReadOnlyList<DefinitionChangeDto> Changes,
    IReadOnlyList<DiffLineDto> Lines);
