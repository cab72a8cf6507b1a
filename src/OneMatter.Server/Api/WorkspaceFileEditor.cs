using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using OneMatter.Engine.Loading;
using OneMatter.Engine.Persistence;
using OneMatter.Hosting;

namespace OneMatter.Server.Api;

/// <summary>
/// Saves administrators' edits of the org directory and calendars and keeps the running engine on
/// the newest stored versions. An edit is checked with the real parsers (every error at its line
/// and column) and against every served definition (a unit a definition assigns must still
/// exist), stored as the next immutable version, and only then switched in, so a restart or
/// another node never finds a version this node refused. Edits on this node are serialised; an edit
/// on another node at the same moment is caught by the store's compare-and-set (409).
/// </summary>
internal sealed class WorkspaceFileEditor(RuntimeHost host, ILogger<WorkspaceFileEditor> logger) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    // Path → version this node decides commands on (0 or absent: the shipped file). Guarded by _gate.
    private Dictionary<string, int>? _applied;

    /// <summary>The editable files and what serves for each now.</summary>
    public async Task<IReadOnlyList<WorkspaceFileTextDto>> ListAsync(CancellationToken cancellationToken)
    {
        var runtime = host.Runtime;
        var newest = (await runtime.WorkspaceFileStore.NewestWorkspaceFilesAsync(cancellationToken).ConfigureAwait(false))
            .ToDictionary(f => f.Path, StringComparer.Ordinal);
        var files = new List<WorkspaceFileTextDto>();
        foreach (var path in StoredWorkspace.EditablePaths(runtime.WorkflowsFolder))
        {
            if (newest.TryGetValue(path, out var stored))
            {
                files.Add(new WorkspaceFileTextDto(path, WorkspaceFilePaths.KindOf(path), stored.Version, stored.Sha256, stored.SavedBy, stored.SavedAt,
                    "stored", stored.Yaml));
                continue;
            }
            var text = await File.ReadAllTextAsync(Path.Combine(runtime.WorkflowsFolder, path), cancellationToken).ConfigureAwait(false);
            files.Add(new WorkspaceFileTextDto(path, WorkspaceFilePaths.KindOf(path), 0, Sha256(text), null, null, "shipped", text));
        }
        return files;
    }

    /// <summary>Checks, stores and switches in an edit of <paramref name="path"/> (already checked
    /// to be editable).</summary>
    public async Task<IResult> SaveAsync(string path, string yaml, int baseVersion, string user, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var runtime = host.Runtime;
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var newest = await NewestEditableAsync(runtime, cancellationToken).ConfigureAwait(false);
            var current = newest.FirstOrDefault(f => f.Path == path)?.Version ?? 0;
            if (current != baseVersion)
            {
                return Stale(path, baseVersion, current);
            }
            // The edit with the newest stored version of every other file: what this node and the
            // others will run on once it is saved.
            var texts = newest.Where(f => f.Path != path).Select(Text).Append(new WorkspaceFileText(path, yaml, path)).ToList();
            var loaded = StoredWorkspace.LoadOrgAndCalendars(runtime.WorkflowsFolder, texts);
            if (!loaded.Success)
            {
                var errors = loaded.Errors.Select(e => new WorkspaceFileErrorDto(e.File, e.Line, e.Column, e.Message)).ToList();
                return Invalid($"{path} 有 {errors.Count} 处错误，未保存 ({path} has {errors.Count} errors and was not saved)", errors);
            }
            var broken = await BrokenDefinitionsAsync(runtime, loaded, cancellationToken).ConfigureAwait(false);
            if (broken.Count > 0)
            {
                var names = string.Join(", ", broken.Select(b => b.File).Distinct(StringComparer.Ordinal));
                return Invalid($"修改后以下事项将无法使用，未保存 (the edit would break {names}: {broken[0].Message}); not saved", broken);
            }
            StoredWorkspaceFile saved;
            try
            {
                saved = await runtime.WorkspaceFileStore.SaveWorkspaceFileAsync(path, yaml, baseVersion, user, now, cancellationToken).ConfigureAwait(false);
            }
            catch (ConcurrencyConflictException)
            {
                // Another node saved this path between our read and our insert.
                var versions = await runtime.WorkspaceFileStore.WorkspaceFileVersionsAsync(path, cancellationToken).ConfigureAwait(false);
                return Stale(path, baseVersion, versions.Count == 0 ? 0 : versions[^1].Version);
            }
            // Durable first, then switched: commands decided from now on use the new directory.
            runtime.SwitchOrgAndCalendars(loaded.Org, loaded.Calendars, loaded.CalendarIds);
            _applied = newest.Where(f => f.Path != path).ToDictionary(f => f.Path, f => f.Version, StringComparer.Ordinal);
            _applied[path] = saved.Version;
            logger.LogInformation("{Path} v{Version} saved by {User} and switched in", path, saved.Version, user);
            return TypedResults.Ok(new WorkspaceFileDto(path, WorkspaceFilePaths.KindOf(path), saved.Version, saved.Sha256, saved.SavedBy, saved.SavedAt,
                "stored"));
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// Switches to the newest stored versions when another node saved one since (called by
    /// <see cref="WorkspaceFileRefresher"/>). The saving node checked the edit against the
    /// definitions; a version that does not load here (a release with a stricter parser) is
    /// logged and this node stays on what it has.
    /// </summary>
    public async Task RefreshAsync(CancellationToken cancellationToken)
    {
        var runtime = host.Runtime;
        var newest = await NewestEditableAsync(runtime, cancellationToken).ConfigureAwait(false);
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            _applied ??= runtime.WorkspaceFilesAtStart.ToDictionary(f => f.Path, f => f.Version, StringComparer.Ordinal);
            var wanted = newest.ToDictionary(f => f.Path, f => f.Version, StringComparer.Ordinal);
            // Versions only grow, so "newer than applied" is "differs"; a version saved here
            // meanwhile is already applied.
            if (wanted.All(w => _applied.GetValueOrDefault(w.Key) >= w.Value))
            {
                return;
            }
            var loaded = StoredWorkspace.LoadOrgAndCalendars(runtime.WorkflowsFolder, newest.Select(Text).ToList());
            if (!loaded.Success)
            {
                logger.LogWarning("stored workspace files not applied: {Errors}", string.Join("; ", loaded.Errors));
            }
            else
            {
                runtime.SwitchOrgAndCalendars(loaded.Org, loaded.Calendars, loaded.CalendarIds);
                logger.LogInformation("switched to stored workspace files {Versions}",
                    string.Join(", ", newest.Select(f => string.Create(CultureInfo.InvariantCulture, $"{f.Path} v{f.Version}"))));
            }
            _applied = wanted; // also when refused: log once, not every poll
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    /// <summary>The newest stored version of each file the release ships (a stored path whose file
    /// a later release dropped is ignored, as at start).</summary>
    private static async Task<List<StoredWorkspaceFile>> NewestEditableAsync(OneMatterRuntime runtime, CancellationToken cancellationToken)
    {
        var editable = StoredWorkspace.EditablePaths(runtime.WorkflowsFolder).ToHashSet(StringComparer.Ordinal);
        var newest = await runtime.WorkspaceFileStore.NewestWorkspaceFilesAsync(cancellationToken).ConfigureAwait(false);
        return newest.Where(f => editable.Contains(f.Path)).ToList();
    }

    /// <summary>Every served definition version checked against the new org directory and
    /// calendars: running instances stay on their version, so an old version counts as much as
    /// the latest.</summary>
    private static async Task<List<WorkspaceFileErrorDto>> BrokenDefinitionsAsync(OneMatterRuntime runtime, OrgAndCalendarsResult loaded,
        CancellationToken cancellationToken)
    {
        var context = runtime.DefinitionContext with
        {
            Org = loaded.Org,
            Calendars = loaded.CalendarIds,
            Matters = (runtime.DefinitionContext.Matters ?? new HashSet<string>()).Concat(runtime.Catalog.All.Select(d => d.Id))
                .ToHashSet(StringComparer.Ordinal),
        };
        var broken = new List<WorkspaceFileErrorDto>();
        foreach (var version in await runtime.DefinitionStore.DefinitionVersionsAsync(null, cancellationToken).ConfigureAwait(false))
        {
            if (runtime.Catalog.Find(version.Id, version.Version) is null)
            {
                continue; // stored but not served (it failed to load at start): nothing runs on it
            }
            var result = DefinitionLoader.Load(version.Yaml, version.Id + ".yaml", context);
            var label = string.Create(CultureInfo.InvariantCulture, $"{version.Id} v{version.Version}");
            broken.AddRange(result.Errors.Select(e => new WorkspaceFileErrorDto(label, e.Line, e.Column, e.Message)));
        }
        return broken;
    }

    private static WorkspaceFileText Text(StoredWorkspaceFile file) =>
        new(file.Path, file.Yaml, string.Create(CultureInfo.InvariantCulture, $"{file.Path} (stored version {file.Version})"));

    private static IResult Stale(string path, int baseVersion, int current) =>
        Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "Conflict",
            detail: $"{path} 已被他人修改 (is at version {current}, not {baseVersion}: someone saved it meanwhile; reload and edit again)",
            extensions: new Dictionary<string, object?> { ["currentVersion"] = current });

    private static IResult Invalid(string detail, IReadOnlyList<WorkspaceFileErrorDto> errors) =>
        Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Invalid workspace file", detail: detail,
            extensions: new Dictionary<string, object?> { ["errors"] = errors });

    internal static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
