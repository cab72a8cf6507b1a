namespace OneMatter.Engine.Persistence;

/// <summary>One stored version of a workspace file an administrator edited (the org directory, a
/// working-day calendar).</summary>
/// <param name="Path">Relative to <c>workflows/</c> with forward slashes, e.g. <c>calendars/cn-mainland.yaml</c>.</param>
/// <param name="Version">1, 2, … per path.</param>
/// <param name="Yaml">The whole file as saved.</param>
/// <param name="Sha256">Lower-case hex SHA-256 of the UTF-8 text.</param>
/// <param name="SavedBy">The account that saved it.</param>
/// <param name="SavedAt">When (UTC).</param>
public sealed record StoredWorkspaceFile(string Path, int Version, string Yaml, string Sha256, string SavedBy, DateTimeOffset SavedAt);
