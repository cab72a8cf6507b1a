namespace OneMatter.Engine.Tests.Calendar;

/// <summary>Finds files of the repository the tests were built from, wherever the test binaries run.</summary>
internal static class RepositoryFiles
{
    private static readonly Lazy<string> Root = new(FindRoot);

    /// <summary>The text of a file given relative to the repository root, e.g. "workflows/calendars/cn-mainland.yaml".</summary>
    public static string ReadText(string relativePath) =>
        File.ReadAllText(Path.Combine(Root.Value, relativePath));

    // Walk up from the test binaries (tests/X/bin/Debug/net10.0/) until the solution file appears.
    private static string FindRoot()
    {
        for (DirectoryInfo? directory = new(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Workflows.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"Workflows.sln not found above {AppContext.BaseDirectory}.");
    }
}
