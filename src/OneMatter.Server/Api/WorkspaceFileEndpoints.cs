using System.Security.Claims;
using OneMatter.Server.Accounts;

namespace OneMatter.Server.Api;

/// <summary>
/// Administrators edit the org directory and the working-day calendars at run time (next year's
/// holidays are published in November; a unit is renamed) without a release. Every signed-in user
/// reads the result through <see cref="OrgEndpoints"/>; only administrators see and change the
/// files. Each save is a new immutable version with who, when and SHA-256; the newest version of a
/// file overrides the shipped one on every node and across restarts.
/// </summary>
internal static class WorkspaceFileEndpoints
{
    private const string VersionsSuffix = "/versions";

    public static void Map(IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup("/api/admin/workspace-files").WithTags("Workspace files")
            .RequireAuthorization(p => p.RequireRole(Roles.Admin));
        admin.MapGet("/", async (WorkspaceFileEditor editor, CancellationToken ct) =>
            TypedResults.Ok((await editor.ListAsync(ct).ConfigureAwait(false))
                .Select(f => new WorkspaceFileDto(f.Path, f.Kind, f.Version, f.Sha256, f.SavedBy, f.SavedAt, f.Source)).ToList()));
        // One catch-all for the file and its versions: a path has slashes, so "…/versions" cannot
        // be a separate route after it.
        admin.MapGet("/{**path}", GetAsync);
        admin.MapPut("/{**path}", PutAsync);
    }

    /// <summary>The file as served now (text and version), or with <c>/versions</c> its stored versions.</summary>
    private static async Task<IResult> GetAsync(string? path, RuntimeHost host, WorkspaceFileEditor editor, CancellationToken cancellationToken)
    {
        var versions = path is not null && path.EndsWith(VersionsSuffix, StringComparison.Ordinal);
        var (file, problem) = WorkspaceFilePaths.Check(versions ? path![..^VersionsSuffix.Length] : path, host.Runtime.WorkflowsFolder);
        if (problem is not null)
        {
            return problem;
        }
        if (versions)
        {
            var stored = await host.Runtime.WorkspaceFileStore.WorkspaceFileVersionsAsync(file!, cancellationToken).ConfigureAwait(false);
            return TypedResults.Ok(stored.Select(v => new WorkspaceFileVersionDto(v.Version, v.Sha256, v.SavedBy, v.SavedAt)).ToList());
        }
        var files = await editor.ListAsync(cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(files.Single(f => f.Path == file));
    }

    /// <summary>Saves a new version: 200 with it; 400 with every error (line and column) or the
    /// definitions it would break; 409 when <c>baseVersion</c> is not the newest version.</summary>
    private static async Task<IResult> PutAsync(string? path, WorkspaceFileEditDto? edit, ClaimsPrincipal principal, RuntimeHost host,
        WorkspaceFileEditor editor, TimeProvider time, CancellationToken cancellationToken)
    {
        var (file, problem) = WorkspaceFilePaths.Check(path, host.Runtime.WorkflowsFolder);
        if (problem is not null)
        {
            return problem;
        }
        if (edit?.Yaml is not { } yaml)
        {
            return Problems.BadRequest("yaml is required: the whole new text of the file", "yaml");
        }
        if (edit.BaseVersion is not { } baseVersion || baseVersion < 0)
        {
            return Problems.BadRequest("baseVersion is required: the version the edit was made from (0 for the shipped file)", "baseVersion");
        }
        var user = CurrentUser.From(principal)!;
        return await editor.SaveAsync(file!, yaml, baseVersion, user.Id, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
    }
}
