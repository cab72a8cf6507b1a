namespace OneMatter.Server.Api;

/// <summary>One stored version of a workspace file (without its text).</summary>
public sealed record WorkspaceFileVersionDto(int Version, string Sha256, string SavedBy, DateTimeOffset SavedAt);
