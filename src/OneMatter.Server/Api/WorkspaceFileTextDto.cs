namespace OneMatter.Server.Api;

/// <summary>An editable workspace file with its YAML text; send <c>version</c> back as
/// <c>baseVersion</c> when saving an edit of it.</summary>
public sealed record WorkspaceFileTextDto(string Path, string Kind, int Version, string Sha256, string? SavedBy, DateTimeOffset? SavedAt,
    string Source, string Yaml);
