using OneMatter.Engine.Persistence;
using OneMatter.Server.Api;

namespace OneMatter.Server.Definitions;

/// <summary>
/// Publishes drafts: checks the draft, stores it as the next immutable version with who and when,
/// and adds it to the running catalog, so new applications use it at once while running instances
/// stay on the version they started on. Publications on this node are serialised so two designers
/// cannot both take "latest + 1"; another node publishing the same number at the same moment makes
/// the store refuse the second (immutable versions), which is answered 409.
/// </summary>
internal sealed class DefinitionPublisher : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    public async Task<IResult> PublishAsync(RuntimeHost host, string id, string user, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var runtime = host.Runtime;
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var head = await runtime.DefinitionStore.DefinitionHeadAsync(id, cancellationToken).ConfigureAwait(false);
            if (head?.DraftYaml is not { } yaml)
            {
                return Problems.NotFound($"{id} 没有草稿 (no draft of {id} to publish: save one with PUT /api/definitions/{id}/draft)");
            }
            var (definition, _, errors) = DefinitionChecker.Check(runtime, yaml, id);
            if (definition is null)
            {
                return Results.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "Invalid definition",
                    detail: $"草稿有 {errors.Count} 处错误，未发布 (the draft has {errors.Count} errors and was not published)",
                    extensions: new Dictionary<string, object?> { ["errors"] = errors });
            }
            var versions = await runtime.DefinitionStore.DefinitionVersionsAsync(id, cancellationToken).ConfigureAwait(false);
            var version = versions.Count == 0 ? 1 : versions[^1].Version + 1;
            try
            {
                await runtime.Store.SaveDefinitionVersionAsync(id, version, yaml, user, now, cancellationToken).ConfigureAwait(false);
            }
            catch (ImmutableRecordException error)
            {
                return Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "Conflict",
                    detail: $"{id} v{version} 已由他人发布 (published meanwhile elsewhere: {error.Message}); publish again");
            }
            // Only now that the version is durable do new applications see it.
            runtime.Catalog.Add(definition with { Version = version });
            await runtime.DefinitionStore.DiscardDraftAsync(id, cancellationToken).ConfigureAwait(false);
            var stored = await runtime.Store.DefinitionVersionAsync(id, version, cancellationToken).ConfigureAwait(false);
            return TypedResults.Created($"/api/definitions/{id}?version={version}",
                new PublishedDto(id, version, stored!.PublishedBy, stored.PublishedAt, stored.Sha256));
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();
}
