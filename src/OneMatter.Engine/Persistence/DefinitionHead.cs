namespace OneMatter.Engine.Persistence;

/// <summary>
/// The mutable state of one definition id beside its immutable published versions: the designer's
/// working draft and whether the matter is retired (停办: no new applications).
/// </summary>
/// <param name="Id">Definition id.</param>
/// <param name="DraftYaml">The working draft as saved (may be invalid), or null.</param>
/// <param name="DraftBy">Who saved the draft last.</param>
/// <param name="DraftAt">When (UTC).</param>
/// <param name="Retired">Whether new applications are refused.</param>
/// <param name="RetiredBy">Who retired it.</param>
/// <param name="RetiredAt">When (UTC).</param>
public sealed record DefinitionHead(string Id, string? DraftYaml, string? DraftBy, DateTimeOffset? DraftAt, bool Retired, string? RetiredBy,
    DateTimeOffset? RetiredAt);
