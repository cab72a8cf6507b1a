namespace OneMatter.Server.Definitions;

/// <summary>A definition in the designer's list: names from the latest published version (null
/// while only a draft exists), whether a draft is waiting and whether it is retired.</summary>
public sealed record DefinitionSummaryDto(string Id, string? Name, string? NameEn, string? Family, int? LatestVersion, bool HasDraft,
    bool Retired);
