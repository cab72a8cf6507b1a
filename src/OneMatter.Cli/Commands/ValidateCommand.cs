using OneMatter.Engine.Loading;

namespace OneMatter.Cli.Commands;

/// <summary><c>validate [paths…]</c>: every error as <c>file:line:col: message</c>; exit 1 on
/// any error. Without paths, the whole workflows folder (org and calendars included).</summary>
internal static class ValidateCommand
{
    public static int Run(Options options, TextWriter output, TextWriter error)
    {
        WorkspaceLoadResult result;
        if (options.Positional.Count == 0)
        {
            result = WorkspaceLocator.Load(options);
        }
        else
        {
            var missing = options.Positional.Where(p => !File.Exists(p)).ToList();
            foreach (var path in missing)
            {
                error.WriteLine($"{path}:1:1: file not found");
            }
            result = Workspace.LoadFiles(options.Positional.Where(File.Exists),
                options["workflows"], options["templates"]);
            if (missing.Count > 0)
            {
                WriteErrors(result, error);
                return 1;
            }
        }
        WriteErrors(result, error);
        var files = result.Files.Count;
        if (result.Errors.Count > 0)
        {
            output.WriteLine($"{result.Errors.Count} error(s) in {files} file(s)");
            return 1;
        }
        output.WriteLine($"ok: {files} file(s), {result.Definitions.Count} definition(s) valid");
        return 0;
    }

    private static void WriteErrors(WorkspaceLoadResult result, TextWriter error)
    {
        foreach (var e in result.Errors)
        {
            error.WriteLine(e.ToString());
        }
    }
}
