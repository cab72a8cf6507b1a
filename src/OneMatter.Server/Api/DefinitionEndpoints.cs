using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using OneMatter.Engine.Persistence;
using OneMatter.Server.Accounts;
using OneMatter.Server.Definitions;

namespace OneMatter.Server.Api;

/// <summary>
/// The designer's API (issue 4): list, read (YAML or JSON), validate, drafts, publish, versions
/// and diffs, retire. Designers may do everything; administrators may read (they answer for the
/// system and audit what was published) but not change definitions. Published versions are
/// immutable: a change is a new version, and running instances stay on the version they started on.
/// </summary>
internal static class DefinitionEndpoints
{
    private const int MaxIdLength = 100;

    public static void Map(IEndpointRouteBuilder app)
    {
        var read = app.MapGroup("/api/definitions").WithTags("Definitions")
            .RequireAuthorization(p => p.RequireRole(Roles.Designer, Roles.Admin));
        var write = app.MapGroup("/api/definitions").WithTags("Definitions")
            .RequireAuthorization(p => p.RequireRole(Roles.Designer));
        read.MapGet("/", ListAsync);
        read.MapGet("/{id}", GetAsync);
        read.MapGet("/{id}/versions", VersionsAsync);
        read.MapGet("/{id}/diff", DiffAsync);
        read.MapGet("/{id}/draft", DraftAsync);
        write.MapPost("/validate", ValidateAsync).Accepts<string>(DefinitionBody.ContentTypes[0], DefinitionBody.ContentTypes[1..]);
        write.MapPut("/{id}/draft", SaveDraftAsync).Accepts<string>(DefinitionBody.ContentTypes[0], DefinitionBody.ContentTypes[1..]);
        write.MapDelete("/{id}/draft", DiscardDraftAsync);
        write.MapPost("/{id}/publish", PublishAsync);
        write.MapPost("/{id}/retire", (string id, ClaimsPrincipal principal, RuntimeHost host, TimeProvider time, CancellationToken ct) =>
            SetRetiredAsync(id, true, principal, host, time, ct));
        write.MapPost("/{id}/reinstate", (string id, ClaimsPrincipal principal, RuntimeHost host, TimeProvider time, CancellationToken ct) =>
            SetRetiredAsync(id, false, principal, host, time, ct));
    }

    private static async Task<Ok<List<DefinitionSummaryDto>>> ListAsync(RuntimeHost host, CancellationToken cancellationToken)
    {
        var runtime = host.Runtime;
        var heads = (await runtime.DefinitionStore.DefinitionHeadsAsync(cancellationToken).ConfigureAwait(false)).ToDictionary(h => h.Id, StringComparer.Ordinal);
        var published = runtime.Catalog.All.ToDictionary(d => d.Id, StringComparer.Ordinal);
        var list = published.Keys.Concat(heads.Where(h => h.Value.DraftYaml is not null).Select(h => h.Key)).Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .Select(id =>
            {
                var latest = published.GetValueOrDefault(id);
                var head = heads.GetValueOrDefault(id);
                return new DefinitionSummaryDto(id, latest?.Name, latest?.NameEn, latest?.Family.ToString().ToLowerInvariant(), latest?.Version,
                    head?.DraftYaml is not null, runtime.Catalog.IsRetired(id));
            })
            .ToList();
        return TypedResults.Ok(list);
    }

    /// <summary>One published version (the latest unless <c>version</c> is given), as YAML when
    /// <c>format=yaml</c> or the Accept header asks for YAML, as JSON otherwise.</summary>
    private static async Task<IResult> GetAsync(string id, int? version, string? format, HttpRequest request, RuntimeHost host,
        CancellationToken cancellationToken)
    {
        if (BadId(id) is { } bad)
        {
            return bad;
        }
        var yaml = format switch
        {
            null => request.Headers.Accept.Any(a => a is not null && a.Contains("yaml", StringComparison.OrdinalIgnoreCase)),
            _ when format.Equals("yaml", StringComparison.OrdinalIgnoreCase) => true,
            _ when format.Equals("json", StringComparison.OrdinalIgnoreCase) => false,
            _ => (bool?)null,
        };
        if (yaml is null)
        {
            return Problems.BadRequest("format is yaml or json", "format");
        }
        var stored = await FindVersionAsync(host, id, version, cancellationToken).ConfigureAwait(false);
        if (stored is null)
        {
            return Problems.NotFound(version is { } v ? $"{id} 没有第 {v} 版 (no version {v} of {id})" : $"没有已发布的事项 {id} (no published definition {id})");
        }
        return yaml.Value
            ? Results.Text(stored.Yaml, "text/yaml; charset=utf-8")
            : TypedResults.Ok(new DefinitionDto(stored.Id, stored.Version, stored.PublishedBy, stored.PublishedAt, stored.Sha256,
                host.Runtime.Catalog.IsRetired(id), YamlJson.Convert(stored.Yaml)));
    }

    private static async Task<IResult> VersionsAsync(string id, RuntimeHost host, CancellationToken cancellationToken)
    {
        if (BadId(id) is { } bad)
        {
            return bad;
        }
        var versions = await host.Runtime.DefinitionStore.DefinitionVersionsAsync(id, cancellationToken).ConfigureAwait(false);
        if (versions.Count == 0)
        {
            return Problems.NotFound($"没有已发布的事项 {id} (no published definition {id})");
        }
        return TypedResults.Ok(versions.Select(v => new DefinitionVersionDto(v.Version, v.PublishedBy, v.PublishedAt, v.Sha256,
            v.PublishedBy.StartsWith("workflows/", StringComparison.Ordinal))).ToList());
    }

    /// <summary>Compares two published versions; by default the one before the latest with the latest.</summary>
    private static async Task<IResult> DiffAsync(string id, int? from, int? to, RuntimeHost host, CancellationToken cancellationToken)
    {
        if (BadId(id) is { } bad)
        {
            return bad;
        }
        var versions = await host.Runtime.DefinitionStore.DefinitionVersionsAsync(id, cancellationToken).ConfigureAwait(false);
        if (versions.Count == 0)
        {
            return Problems.NotFound($"没有已发布的事项 {id} (no published definition {id})");
        }
        var newer = to is { } t ? versions.FirstOrDefault(v => v.Version == t) : versions[^1];
        if (newer is null)
        {
            return Problems.NotFound($"{id} 没有第 {to} 版 (no version {to} of {id})");
        }
        var older = from is { } f ? versions.FirstOrDefault(v => v.Version == f) : versions.LastOrDefault(v => v.Version < newer.Version) ?? newer;
        if (older is null)
        {
            return Problems.NotFound($"{id} 没有第 {from} 版 (no version {from} of {id})");
        }
        var lines = LineDiff.Compute(older.Yaml, newer.Yaml);
        return TypedResults.Ok(new DefinitionDiffDto(id, older.Version, newer.Version, lines.Count(l => l.Op == "+"), lines.Count(l => l.Op == "-"),
            StructuralDiff.Compute(older.Yaml, newer.Yaml), lines));
    }

    private static async Task<IResult> ValidateAsync(HttpRequest request, RuntimeHost host, CancellationToken cancellationToken)
    {
        var (text, problem) = await DefinitionBody.ReadAsync(request, cancellationToken).ConfigureAwait(false);
        if (problem is not null)
        {
            return problem;
        }
        var (definition, id, errors) = DefinitionChecker.Check(host.Runtime, text!);
        return TypedResults.Ok(new ValidationResultDto(definition is not null, id, errors));
    }

    private static async Task<IResult> DraftAsync(string id, RuntimeHost host, CancellationToken cancellationToken)
    {
        if (BadId(id) is { } bad)
        {
            return bad;
        }
        var head = await host.Runtime.DefinitionStore.DefinitionHeadAsync(id, cancellationToken).ConfigureAwait(false);
        if (head?.DraftYaml is null)
        {
            return Problems.NotFound($"{id} 没有草稿 (no draft of {id})");
        }
        return TypedResults.Ok(Draft(host, head));
    }

    /// <summary>Saves the working draft of an id; it may be invalid (work in progress) and comes
    /// back with its check, so the editor shows the errors of what was saved.</summary>
    private static async Task<IResult> SaveDraftAsync(string id, HttpRequest request, ClaimsPrincipal principal, RuntimeHost host, TimeProvider time,
        CancellationToken cancellationToken)
    {
        if (BadId(id) is { } bad)
        {
            return bad;
        }
        var (text, problem) = await DefinitionBody.ReadAsync(request, cancellationToken).ConfigureAwait(false);
        if (problem is not null)
        {
            return problem;
        }
        var user = CurrentUser.From(principal)!;
        await host.Runtime.DefinitionStore.SaveDraftAsync(id, text!, user.Id, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        var head = await host.Runtime.DefinitionStore.DefinitionHeadAsync(id, cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(Draft(host, head!));
    }

    private static async Task<IResult> DiscardDraftAsync(string id, RuntimeHost host, CancellationToken cancellationToken)
    {
        if (BadId(id) is { } bad)
        {
            return bad;
        }
        return await host.Runtime.DefinitionStore.DiscardDraftAsync(id, cancellationToken).ConfigureAwait(false)
            ? TypedResults.NoContent()
            : Problems.NotFound($"{id} 没有草稿 (no draft of {id})");
    }

    private static async Task<IResult> PublishAsync(string id, ClaimsPrincipal principal, RuntimeHost host, DefinitionPublisher publisher,
        TimeProvider time, CancellationToken cancellationToken)
    {
        if (BadId(id) is { } bad)
        {
            return bad;
        }
        var user = CurrentUser.From(principal)!;
        return await publisher.PublishAsync(host, id, user.Id, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Retires (no new applications; the portal stops offering it) or reinstates a
    /// published definition. Running instances carry on either way.</summary>
    private static async Task<IResult> SetRetiredAsync(string id, bool retired, ClaimsPrincipal principal, RuntimeHost host, TimeProvider time,
        CancellationToken cancellationToken)
    {
        if (BadId(id) is { } bad)
        {
            return bad;
        }
        if (host.Runtime.Catalog.Latest(id) is null)
        {
            return Problems.NotFound($"没有已发布的事项 {id} (no published definition {id})");
        }
        var user = CurrentUser.From(principal)!;
        // Stored first, so the catalog never claims a retirement a restart would forget.
        await host.Runtime.DefinitionStore.SetRetiredAsync(id, retired, user.Id, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        host.Runtime.Catalog.SetRetired(id, retired);
        var head = await host.Runtime.DefinitionStore.DefinitionHeadAsync(id, cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(new RetirementDto(id, head!.Retired, head.RetiredBy, head.RetiredAt));
    }

    private static DraftDto Draft(RuntimeHost host, DefinitionHead head)
    {
        var (definition, _, errors) = DefinitionChecker.Check(host.Runtime, head.DraftYaml!, head.Id);
        return new DraftDto(head.Id, head.DraftYaml!, head.DraftBy ?? "", head.DraftAt ?? default, definition is not null, errors);
    }

    private static async Task<StoredDefinition?> FindVersionAsync(RuntimeHost host, string id, int? version, CancellationToken cancellationToken)
    {
        if (version is { } v)
        {
            return await host.Runtime.Store.DefinitionVersionAsync(id, v, cancellationToken).ConfigureAwait(false);
        }
        var versions = await host.Runtime.DefinitionStore.DefinitionVersionsAsync(id, cancellationToken).ConfigureAwait(false);
        return versions.Count == 0 ? null : versions[^1];
    }

    /// <summary>A route id that cannot be a matter id (the loader's id rule) is a bad request, not
    /// a lookup: ids end up in file names and URLs.</summary>
    private static IResult? BadId(string id) =>
        id.Length is > 0 and <= MaxIdLength && id[0] is >= 'a' and <= 'z' && id.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-' or '_')
            ? null
            : Problems.BadRequest("a definition id has lower-case letters, digits, \"-\" and \"_\", starting with a letter", "id");
}
