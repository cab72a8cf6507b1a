using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using OneMatter.Engine.Commands;
using OneMatter.Engine.Definitions;
using OneMatter.Runtime;
using OneMatter.Server.Accounts;
using OneMatter.Storage;

namespace OneMatter.Server.Api;

/// <summary>The department workbench's API: the unit's inbox, and claiming, releasing and
/// completing a task. An officer acts only on tasks of matters in which their unit holds work;
/// the engine then checks the work item itself (its unit, claim and outcome).</summary>
internal static class TaskEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/tasks").WithTags("Tasks").RequireAuthorization(p => p.RequireRole(Roles.Officer));
        group.MapGet("/", InboxAsync);
        group.MapPost("/{instanceId}/{taskId}/claim", (string instanceId, string taskId, ClaimsPrincipal user, RuntimeHost host, CancellationToken ct) =>
            ActAsync(instanceId, user, host, u => new ClaimTask { Actor = u.Actor, TaskId = taskId }, ct));
        group.MapPost("/{instanceId}/{taskId}/release", (string instanceId, string taskId, ClaimsPrincipal user, RuntimeHost host, CancellationToken ct) =>
            ActAsync(instanceId, user, host, u => new ReleaseTask { Actor = u.Actor, TaskId = taskId }, ct));
        group.MapPost("/{instanceId}/{taskId}/complete", CompleteAsync);
    }

    private static async Task<IResult> InboxAsync(ClaimsPrincipal principal, RuntimeHost host, TimeProvider time, string? filter, int? page, int? pageSize,
        CancellationToken cancellationToken)
    {
        var user = CurrentUser.From(principal)!;
        if (user.Unit is not { } unit)
        {
            return Problems.Forbidden("该账户未绑定单位 (this account belongs to no unit)");
        }
        InboxFilter view;
        if (filter is null)
        {
            view = InboxFilter.Pending;
        }
        else if (!Enum.TryParse(filter.Replace("-", "", StringComparison.Ordinal), ignoreCase: true, out view) || !Enum.IsDefined(view))
        {
            return Problems.BadRequest("filter must be one of pending, mine, due-soon, overdue", "filter");
        }
        var (p, size) = MatterEndpoints.Paging(page, pageSize);
        var (rows, total) = await host.Reads.InboxAsync(new InboxQuery
        {
            Unit = unit, User = user.Id, Filter = view, Now = time.GetUtcNow(), Skip = (p - 1) * size, Take = size,
        }, cancellationToken).ConfigureAwait(false);
        var catalog = host.Runtime.Catalog;
        var versions = await host.Reads.DefinitionsOfAsync(rows.Select(r => r.InstanceId).ToList(), cancellationToken).ConfigureAwait(false);
        var items = new List<InboxItemDto>(rows.Count);
        foreach (var t in rows)
        {
            var known = versions.TryGetValue(t.InstanceId, out var version);
            var definition = known ? catalog.Find(version.DefinitionId, version.DefinitionVersion) : null;
            var node = definition?.Nodes.GetValueOrDefault(t.Node);
            items.Add(new InboxItemDto(t.InstanceId, t.TaskId, t.WorkItemId, t.Node, node?.Name ?? t.Node,
                definition?.Name ?? (known ? version.DefinitionId : ""), t.Status, t.ClaimedBy, MatterEndpoints.Utc(t.CreatedUtcTicks),
                t.DueUtcTicks is { } due ? MatterEndpoints.Utc(due) : null, t.Warned, t.Overdue, t.Supervised, t.Urged, definition?.NameEn, node?.NameEn,
                known ? version.DefinitionId : ""));
        }
        return TypedResults.Ok(new PageDto<InboxItemDto>(items, total, p, size));
    }

    private static Task<IResult> CompleteAsync(string instanceId, string taskId, CompleteRequest request, ClaimsPrincipal user, RuntimeHost host,
        CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.Outcome))
        {
            return Task.FromResult(Problems.BadRequest("outcome is required", "outcome"));
        }
        return ActAsync(instanceId, user, host, u => new CompleteTask
        {
            Actor = u.Actor, TaskId = taskId, Outcome = request.Outcome, Fields = request.Fields ?? [], Comment = request.Comment,
        }, cancellationToken);
    }

    /// <summary>Submits a claim, release or completion and maps the engine's answer; a matter in
    /// which the officer's unit takes no part is a 404 (another unit's matter is not revealed).</summary>
    /// <remarks>
    /// The access check comes after the engine's answer, and only when it refused: the engine
    /// applies these three commands only for an officer of the unit holding the open work item
    /// (or, for a release, the officer who claimed it), which is a unit taking part. A refusal
    /// changed nothing, and is answered as before: 404 when the unit takes no part, whatever the
    /// engine said, else the engine's reason. The check's two queries were a sixth of the CPU of
    /// an HTTP completion.
    /// </remarks>
    private static async Task<IResult> ActAsync(string instanceId, ClaimsPrincipal principal, RuntimeHost host, Func<CurrentUser, MatterCommand> command,
        CancellationToken cancellationToken)
    {
        var user = CurrentUser.From(principal)!;
        if (user.Unit is not { } unit)
        {
            return NoMatter(instanceId);
        }
        CommandOutcome outcome = await host.Runtime.Writer.SubmitAsync(command(user), instanceId, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (outcome.Applied)
        {
            return TypedResults.Ok(new CommandResultDto(instanceId, outcome.State!.Status.ToString(), outcome.Version));
        }
        return await host.Reads.UnitTakesPartAsync(instanceId, unit, cancellationToken).ConfigureAwait(false)
            ? Problems.NotApplied(outcome)
            : NoMatter(instanceId);
    }

    private static IResult NoMatter(string instanceId) => Problems.NotFound($"没有事项 {instanceId} (no matter {instanceId})");
}
