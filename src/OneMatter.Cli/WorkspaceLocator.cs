using OneMatter.Engine.Definitions;
using OneMatter.Engine.Interpreter;
using OneMatter.Engine.Simulation;
using OneMatter.Engine.Loading;

namespace OneMatter.Cli;

/// <summary>Finds and loads the workflows folder (definitions, org, calendars) and templates.</summary>
internal static class WorkspaceLocator
{
    /// <summary>The workflows folder: --workflows, else ./workflows or the nearest one above.</summary>
    public static string WorkflowsDirectory(Options options)
    {
        if (options["workflows"] is { } given)
        {
            return Path.GetFullPath(given);
        }
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "workflows");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }
        return Path.GetFullPath("workflows");
    }

    public static string TemplatesDirectory(Options options, string workflows) =>
        options["templates"] is { } given ? Path.GetFullPath(given) : Path.Combine(Path.GetDirectoryName(workflows)!, "templates");

    public static WorkspaceLoadResult Load(Options options)
    {
        var workflows = WorkflowsDirectory(options);
        return Workspace.Load(workflows, TemplatesDirectory(options, workflows));
    }

    /// <summary>A simulator over the loaded workspace (called matters found among its definitions).</summary>
    public static MatterSimulator Simulator(WorkspaceLoadResult workspace) =>
        new(new MatterEngine(workspace.Org, workspace.Calendars), workspace.Calendars, id => workspace.Definitions.GetValueOrDefault(id));

    /// <summary>A definition by id or by file path, or an error line.</summary>
    public static (MatterDefinition? Definition, string? Error) Find(WorkspaceLoadResult workspace, string reference)
    {
        var id = reference.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || reference.Contains('/', StringComparison.Ordinal)
            ? Path.GetFileNameWithoutExtension(reference)
            : reference;
        if (workspace.Definitions.TryGetValue(id, out var definition))
        {
            return (definition, null);
        }
        var problems = workspace.Errors.Where(e => Path.GetFileNameWithoutExtension(e.File) == id).Take(5).Select(e => "  " + e).ToList();
        return problems.Count > 0
            ? (null, $"definition \"{id}\" has errors:{Environment.NewLine}{string.Join(Environment.NewLine, problems)}")
            : (null, $"no definition \"{id}\"; known: {string.Join(", ", workspace.Definitions.Keys.Order())}");
    }
}
