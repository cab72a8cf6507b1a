namespace OneMatter.Engine.Loading;

/// <summary>
/// Loads a workspace the way the CLI and the server do: definitions from
/// <c>workflows/*.yaml</c>, the org directory from <c>workflows/org/*.yaml</c>, calendars from
/// <c>workflows/calendars/*.yaml</c> and the document templates from <c>templates/*.html</c>
/// (composed into <c>_layout.html</c>, so definitions are checked against what they read). A bad file
/// is reported and skipped while the rest still load; nothing throws, I/O failures included.
/// </summary>
public static class Workspace
{
    /// <summary>Loads every definition in <paramref name="workflowsDirectory"/>.</summary>
    /// <param name="workflowsDirectory">The <c>workflows/</c> folder.</param>
    /// <param name="templatesDirectory">The <c>templates/</c> folder.</param>
    public static WorkspaceLoadResult Load(string workflowsDirectory, string templatesDirectory)
    {
        ArgumentNullException.ThrowIfNull(workflowsDirectory);
        ArgumentNullException.ThrowIfNull(templatesDirectory);
        var run = new WorkspaceLoader(workflowsDirectory, templatesDirectory);
        if (!Directory.Exists(workflowsDirectory))
        {
            run.Errors.Add(new LoadError(workflowsDirectory, 0, 0, "the workflows folder does not exist"));
            return run.Finish();
        }
        return run.LoadDefinitions(run.List(workflowsDirectory, "*.yaml") ?? []);
    }

    /// <summary>
    /// Validates the given definition files (the CLI's <c>validate [paths…]</c>). The org
    /// directory, calendars and the other matters are looked up next to the first file
    /// (<c>org/</c>, <c>calendars/</c>, sibling <c>*.yaml</c>) and templates in <c>../templates</c>,
    /// unless the folders are given.
    /// </summary>
    public static WorkspaceLoadResult LoadFiles(IEnumerable<string> definitionPaths,
        string? workflowsDirectory = null, string? templatesDirectory = null)
    {
        ArgumentNullException.ThrowIfNull(definitionPaths);
        var paths = definitionPaths.ToList();
        var workflows = workflowsDirectory ?? FolderOf(paths.Count > 0 ? paths[0] : ".");
        var templates = templatesDirectory ?? Path.Combine(workflows, "..", "templates");
        return new WorkspaceLoader(workflows, templates).LoadDefinitions(paths);
    }

    private static string FolderOf(string path)
    {
        var folder = Path.GetDirectoryName(path);
        return string.IsNullOrEmpty(folder) ? "." : folder;
    }
}
