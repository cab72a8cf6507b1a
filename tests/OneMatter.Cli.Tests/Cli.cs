namespace OneMatter.Cli.Tests;

/// <summary>Runs the command line in-process against the repository's workflows folder.</summary>
internal static class Cli
{
    public static string Root { get; } = FindRoot();

    public static string Workflows => Path.Combine(Root, "workflows");

    public static (int Code, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var all = args.Length > 0 && args[0] is "simulate" or "compare" or "due" || (args.Length == 1 && args[0] == "validate")
            ? [.. args, "--workflows", Workflows]
            : args;
        var code = CommandLine.Run(all, output, error);
        return (code, output.ToString(), error.ToString());
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Workflows.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("Workflows.sln not found");
    }
}
