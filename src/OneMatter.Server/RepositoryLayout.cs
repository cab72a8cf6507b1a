using OneMatter.Storage;

namespace OneMatter.Server;

/// <summary>Where the embedded defaults point: the folder holding <c>workflows/</c>, found by
/// walking up from the content root, so the server runs from the repository root, from its
/// project folder or from a test's output folder alike.</summary>
internal static class RepositoryLayout
{
    public static string Root(string contentRoot)
    {
        for (var dir = new DirectoryInfo(contentRoot); dir is not null; dir = dir.Parent)
        {
            if (Directory.Exists(Path.Combine(dir.FullName, "workflows")))
            {
                return dir.FullName;
            }
        }
        return contentRoot;
    }

    public static StorageOptions Storage(ServerSettings settings, string contentRoot) =>
        string.IsNullOrWhiteSpace(settings.Database)
            ? StorageOptions.Sqlite(Path.Combine(Root(contentRoot), StorageOptions.DefaultSqliteFile))
            : StorageOptions.Parse(settings.Database);

    public static string Workflows(ServerSettings settings, string contentRoot) =>
        Path.GetFullPath(settings.Workflows ?? Path.Combine(Root(contentRoot), "workflows"));

    public static string Templates(ServerSettings settings, string contentRoot) =>
        Path.GetFullPath(settings.Templates ?? Path.Combine(Path.GetDirectoryName(Workflows(settings, contentRoot))!, "templates"));
}
