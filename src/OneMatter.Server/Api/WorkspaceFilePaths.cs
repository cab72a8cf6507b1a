using System.Text.RegularExpressions;
using OneMatter.Engine.Loading;

namespace OneMatter.Server.Api;

/// <summary>
/// Which workspace files an administrator may read and edit: only the org and calendar files the
/// release ships (<c>org/*.yaml</c>, <c>calendars/*.yaml</c>). A path is checked by shape first
/// (no "..", no backslash, no other folder, a .yaml name) and then against the shipped list, so a
/// request can never reach another file: the path is a key in the database, never opened on disk.
/// </summary>
internal static partial class WorkspaceFilePaths
{
    /// <summary>The shape of an editable path: one of the two folders, one plain file name.</summary>
    [GeneratedRegex(@"^(org|calendars)/[A-Za-z0-9][A-Za-z0-9_-]*(\.[A-Za-z0-9_-]+)*\.yaml$", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();

    /// <summary>The kind shown to the administrator: <c>org</c> or <c>calendar</c>.</summary>
    public static string KindOf(string path) => path.StartsWith("org/", StringComparison.Ordinal) ? "org" : "calendar";

    /// <summary>The editable path named by a route value, or a 400 (not an org or calendar YAML
    /// path) or 404 (well formed, but the release ships no such file) problem.</summary>
    public static (string? Path, IResult? Problem) Check(string? raw, string workflowsFolder)
    {
        // Routing leaves an encoded "/" (%2F) as it is; decode it so "org%2F..%2Fx" is judged
        // like "org/../x".
        var path = Uri.UnescapeDataString(raw ?? string.Empty);
        if (path.Length is 0 or > 200 || path.Contains("..", StringComparison.Ordinal) || !Shape().IsMatch(path))
        {
            return (null, Problems.BadRequest(
                "只能编辑 org/*.yaml 与 calendars/*.yaml (only the org directory and calendar files are editable: org/{name}.yaml or calendars/{name}.yaml)",
                "path"));
        }
        if (!StoredWorkspace.EditablePaths(workflowsFolder).Contains(path, StringComparer.Ordinal))
        {
            return (null, Problems.NotFound($"没有可编辑的文件 {path} (no editable workspace file {path})"));
        }
        return (path, null);
    }
}
