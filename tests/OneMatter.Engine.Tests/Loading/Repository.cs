namespace OneMatter.Engine.Tests.Loading;

/// <summary>Paths in the repository the tests run from.</summary>
internal static class Repository
{
    private static readonly Lazy<string> RootPath = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Workflows.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("Workflows.sln not found above " + AppContext.BaseDirectory);
    });

    /// <summary>The folder holding Workflows.sln.</summary>
    public static string Root => RootPath.Value;

    /// <summary><c>workflows/</c>.</summary>
    public static string Workflows => Path.Combine(Root, "workflows");

    /// <summary><c>templates/</c>.</summary>
    public static string Templates => Path.Combine(Root, "templates");

    /// <summary><c>workflows/schema.json</c>.</summary>
    public static string Schema => Path.Combine(Workflows, "schema.json");

    /// <summary>The shipped definitions, <c>workflows/*.yaml</c>.</summary>
    public static IReadOnlyList<string> Definitions =>
        Directory.Exists(Workflows)
            ? Directory.GetFiles(Workflows, "*.yaml").Order(StringComparer.Ordinal).ToList()
            : [];
}
