// Shared by the storage, runtime, scheduling, hosting and server test projects (linked, not copied).
namespace OneMatter.Testing;

/// <summary>The repository root, found above the test binaries.</summary>
internal static class Repo
{
    public static string Root { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Workflows.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("Workflows.sln not found above " + AppContext.BaseDirectory);
    }
}
