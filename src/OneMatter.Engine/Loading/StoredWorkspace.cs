namespace OneMatter.Engine.Loading;

/// <summary>
/// Loads a workspace like <see cref="Workspace"/>, except that the org and calendar files an
/// administrator edited are read from their stored text rather than from <c>workflows/</c>: the
/// release ships the files, the database holds what the county changed since (next year's
/// holidays without a release). Errors in a stored text are reported under its label (naming the
/// stored version) at their line and column.
/// </summary>
public static class StoredWorkspace
{
    /// <summary>Loads every definition of <paramref name="workflowsDirectory"/> against the org
    /// directory and calendars with <paramref name="stored"/> in place of the shipped files.</summary>
    public static WorkspaceLoadResult Load(string workflowsDirectory, string templatesDirectory, IReadOnlyList<WorkspaceFileText> stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        if (stored.Count == 0 || !Directory.Exists(workflowsDirectory))
        {
            return Workspace.Load(workflowsDirectory, templatesDirectory);
        }
        var run = new WorkspaceLoader(workflowsDirectory, templatesDirectory);
        return run.LoadDefinitionsWithStored(run.List(workflowsDirectory, "*.yaml") ?? [], stored);
    }

    /// <summary>Only the org directory and calendars, e.g. to check an administrator's edit before
    /// it is saved, or to pick up a version another node saved.</summary>
    public static OrgAndCalendarsResult LoadOrgAndCalendars(string workflowsDirectory, IReadOnlyList<WorkspaceFileText> stored)
    {
        ArgumentNullException.ThrowIfNull(workflowsDirectory);
        ArgumentNullException.ThrowIfNull(stored);
        return new WorkspaceLoader(workflowsDirectory, string.Empty).LoadOrgAndCalendars(stored);
    }

    /// <summary>The files an administrator may edit: every <c>org/*.yaml</c> and
    /// <c>calendars/*.yaml</c> the release ships, relative to <c>workflows/</c>, sorted. Only these
    /// paths can be overridden, so a stored path can never name another file.</summary>
    public static IReadOnlyList<string> EditablePaths(string workflowsDirectory)
    {
        ArgumentNullException.ThrowIfNull(workflowsDirectory);
        var paths = new List<string>();
        foreach (var folder in WorkspaceLoader.EditableFolders)
        {
            var directory = Path.Combine(workflowsDirectory, folder);
            if (Directory.Exists(directory))
            {
                paths.AddRange(Directory.GetFiles(directory, "*.yaml", SearchOption.TopDirectoryOnly)
                    .Select(p => folder + "/" + Path.GetFileName(p)));
            }
        }
        paths.Sort(StringComparer.Ordinal);
        return paths;
    }
}
