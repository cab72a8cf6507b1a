namespace OneMatter.Server.Api;

/// <summary>An editable workspace file (the org directory, a working-day calendar) as served now:
/// <c>source</c> is <c>stored</c> when an administrator saved a version (then <c>version</c>,
/// <c>savedBy</c> and <c>savedAt</c> say which), <c>shipped</c> when the release's file serves
/// (version 0: the base of the first edit).</summary>
public sealed record WorkspaceFileDto(string Path, string Kind, int Version, string Sha256, string? SavedBy, DateTimeOffset? SavedAt, string Source);
