namespace OneMatter.Server.Api;

/// <summary>An administrator's edit: the whole new text and the version it was made from (0 for
/// the shipped file); a stale base version is refused with 409 rather than overwriting someone
/// else's edit.</summary>
public sealed record WorkspaceFileEditDto(string? Yaml, int? BaseVersion);
