using System.Security.Claims;
using OneMatter.Engine.Commands;
using OneMatter.Engine.Definitions;
using OneMatter.Engine.Instances;
using OneMatter.Engine.Interpreter;
using OneMatter.Server.Accounts;

namespace OneMatter.Server.Api;

/// <summary>
/// The officer's task actions beside claim, release and complete: 退回, 转办, 委派 and its
/// resolution, 加签 / 减签, comments, skipping, and the task detail. The access rule is the one of
/// <see cref="TaskEndpoints"/>: the officer's unit must take part in the matter, else 404 (another
/// unit's matter is not revealed); everything else (whose work item it is, which node can be
/// returned to, which unit exists) is the engine's decision, mapped through
/// <see cref="Problems.NotApplied"/>. Missing required input is refused here with 400 so that
/// nothing reaches the writer.
/// </summary>
internal static class TaskActionEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/tasks").WithTags("Tasks").RequireAuthorization(p => p.RequireRole(Roles.Officer));
        group.MapGet("/{instanceId}/{taskId}", DetailAsync);
        group.MapPost("/{instanceId}/{taskId}/return", ReturnAsync);
        group.MapPost("/{instanceId}/{taskId}/transfer", (string instanceId, string taskId, TransferRequest request, ClaimsPrincipal user, RuntimeHost host,
            CancellationToken ct) => string.IsNullOrWhiteSpace(request.ToUnit)
                ? Task.FromResult(Problems.BadRequest("toUnit is required", "toUnit"))
                : ActAsync(instanceId, user, host, u => new TransferTask { Actor = u.Actor, TaskId = taskId, ToUnit = request.ToUnit.Trim(), Reason = request.Reason }, ct));
        group.MapPost("/{instanceId}/{taskId}/delegate", (string instanceId, string taskId, DelegateRequest request, ClaimsPrincipal user, RuntimeHost host,
            CancellationToken ct) => string.IsNullOrWhiteSpace(request.ToUnit)
                ? Task.FromResult(Problems.BadRequest("toUnit is required", "toUnit"))
                : ActAsync(instanceId, user, host, u => new DelegateTask
                {
                    Actor = u.Actor, TaskId = taskId, ToUnit = request.ToUnit.Trim(), ToUser = string.IsNullOrWhiteSpace(request.ToUser) ? null : request.ToUser.Trim(),
                    Note = request.Note,
                }, ct));
        group.MapPost("/{instanceId}/{taskId}/resolve", (string instanceId, string taskId, ResolveRequest? request, ClaimsPrincipal user, RuntimeHost host,
            CancellationToken ct) => ActAsync(instanceId, user, host, u => new ResolveDelegation { Actor = u.Actor, TaskId = taskId, Comment = request?.Comment }, ct));
        group.MapPost("/{instanceId}/{taskId}/signers", (string instanceId, string taskId, AddSignerRequest request, ClaimsPrincipal user, RuntimeHost host,
            CancellationToken ct) => string.IsNullOrWhiteSpace(request.Unit)
                ? Task.FromResult(Problems.BadRequest("unit is required", "unit"))
                : ActAsync(instanceId, user, host, u => new AddSigner
                {
                    Actor = u.Actor, TaskId = taskId, Unit = request.Unit.Trim(), User = string.IsNullOrWhiteSpace(request.User) ? null : request.User.Trim(),
                }, ct));
        group.MapDelete("/{instanceId}/{taskId}/signers/{workItemId}", (string instanceId, string taskId, string workItemId, ClaimsPrincipal user,
            RuntimeHost host, CancellationToken ct) =>
            ActAsync(instanceId, user, host, u => new RemoveSigner { Actor = u.Actor, TaskId = taskId, WorkItemId = workItemId }, ct));
        group.MapPost("/{instanceId}/{taskId}/comments", (string instanceId, string taskId, CommentRequest request, ClaimsPrincipal user, RuntimeHost host,
            CancellationToken ct) => string.IsNullOrWhiteSpace(request.Text)
                ? Task.FromResult(Problems.BadRequest("text is required", "text"))
                : ActAsync(instanceId, user, host, u => new CommentOnMatter
                {
                    Actor = u.Actor, TaskId = taskId, Text = request.Text.Trim(), Attachments = request.Attachments ?? [],
                }, ct));
        group.MapPost("/{instanceId}/{taskId}/skip", (string instanceId, string taskId, SkipRequest request, ClaimsPrincipal user, RuntimeHost host,
            CancellationToken ct) => string.IsNullOrWhiteSpace(request.Reason)
                ? Task.FromResult(Problems.BadRequest("reason is required", "reason"))
                : ActAsync(instanceId, user, host, u => new SkipTask { Actor = u.Actor, TaskId = taskId, Reason = request.Reason.Trim() }, ct));
    }

    private static async Task<IResult> ReturnAsync(string instanceId, string taskId, ReturnRequest request, ClaimsPrincipal principal, RuntimeHost host,
        CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.Reason))
        {
            return Problems.BadRequest("reason is required", "reason");
        }
        var user = CurrentUser.From(principal)!;
        if (!await TakesPartAsync(instanceId, user, host, cancellationToken).ConfigureAwait(false))
        {
            return NoMatter(instanceId);
        }
        var toNode = request.ToNode?.Trim();
        if (string.IsNullOrEmpty(toNode))
        {
            // "To the previous step": the latest task step the matter left before this task's node.
            var stored = await host.Runtime.Store.LoadAsync(instanceId, cancellationToken).ConfigureAwait(false);
            var state = stored!.State;
            var definition = host.Runtime.Catalog.Find(state.DefinitionId, state.DefinitionVersion);
            var current = state.Task(taskId)?.Node;
            toNode = definition is null ? null : PreviousSteps(state, definition, current).FirstOrDefault();
            if (toNode is null)
            {
                return Problems.BadRequest("没有可退回的前一环节, 请指定 toNode (no earlier step to return to; name toNode)", "toNode");
            }
        }
        return await SubmitAsync(instanceId, host, new ReturnTask { Actor = user.Actor, TaskId = taskId, ToNode = toNode, Reason = request.Reason.Trim() },
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Task steps the matter has left, newest first, other than <paramref name="current"/>.</summary>
    private static IEnumerable<string> PreviousSteps(MatterState state, MatterDefinition definition, string? current) =>
        state.Records.History().Reverse()
            .Where(r => r.Node != current && definition.Nodes.GetValueOrDefault(r.Node) is TaskNode or ApplicantTaskNode)
            .Select(r => r.Node).Distinct(StringComparer.Ordinal);

    private static async Task<IResult> DetailAsync(string instanceId, string taskId, ClaimsPrincipal principal, RuntimeHost host, TimeProvider time,
        CancellationToken cancellationToken)
    {
        var user = CurrentUser.From(principal)!;
        if (!await TakesPartAsync(instanceId, user, host, cancellationToken).ConfigureAwait(false))
        {
            return NoMatter(instanceId);
        }
        var stored = await host.Runtime.Store.LoadAsync(instanceId, cancellationToken).ConfigureAwait(false);
        var state = stored!.State;
        var definition = host.Runtime.Catalog.Find(state.DefinitionId, state.DefinitionVersion);
        var events = await host.Runtime.Store.EventsAsync(instanceId, cancellationToken).ConfigureAwait(false);
        var task = state.Task(taskId);
        var nodeId = task?.Node ?? events.OfType<OneMatter.Engine.Events.TaskCreated>().FirstOrDefault(e => e.Task == taskId)?.Node;
        if (nodeId is null || definition is null)
        {
            return Problems.NotFound($"没有任务 {taskId} (no task {taskId})");
        }
        var org = host.Runtime.Engine.Org;
        var node = definition.Nodes.GetValueOrDefault(nodeId);
        var taskNode = node as TaskNode;
        var rows = await host.Reads.TasksOfInstanceAsync(instanceId, cancellationToken).ConfigureAwait(false);
        var row = rows.Where(r => r.TaskId == taskId).ToList();
        var items = task?.Items.Select(i => new WorkItemDto(i.Id, i.Unit, i.Unit is { } u ? org.FindUnit(u)?.Name : null, i.User, i.Role, i.ClaimedBy,
            i.Status.ToString(), i.Outcome, i.Delegation?.OwnerUnit, i.Delegation?.OwnerUser)).ToList() ?? [];
        var mine = task?.Items.FirstOrDefault(i => i.Status != WorkItemStatus.Done && i.Unit == user.Unit && (i.User is null || i.User == user.Id))?.Id;
        var form = definition.Form.Select(f => new FormValueDto(f.Id, f.Label, f.LabelEn, f.Type.ToString().ToLowerInvariant(),
            state.Form.TryGetValue(f.Id, out var v) ? v : null, OptionsOf(f))).ToList();
        var fields = taskNode?.Fields.Select(FieldOf).ToList() ?? [];
        var outcomes = taskNode?.Outcomes.Select(o => new OutcomeDto(o.Id, o.Label ?? o.Id, o.LabelEn, o.When?.Description ?? o.When?.Source,
            taskNode.Fields.Where(f => f.Required).Select(f => f.Id).ToList(), o.Documents)).ToList() ?? [];
        var actions = task is null ? NoActions : Actions(host.Runtime.Engine, definition, state, task, user, time.GetUtcNow());
        var steps = state.Records.History().Select(r =>
        {
            var n = definition.Nodes.GetValueOrDefault(r.Node);
            return new FinishedStepDto(r.Node, n?.Name ?? r.Node, n?.Step, r.Outcome, r.Unit, r.Unit is { } u ? org.FindUnit(u)?.Name : null, r.By, r.At,
                n?.NameEn, n?.StepEn);
        }).ToList();
        var first = row.FirstOrDefault();
        return TypedResults.Ok(new TaskDetailDto(instanceId, taskId, task is not null, nodeId, node?.Name ?? nodeId, node?.NameEn, node?.Step,
            state.DefinitionId, definition.Name, state.Status.ToString(), state.Version, state.Jurisdiction, state.LeadUnit,
            state.LeadUnit is { } lead ? org.FindUnit(lead)?.Name : null, state.StartedAt, task?.Sign.ToString(), task?.CreatedAt,
            first?.DueUtcTicks is { } due ? MatterEndpoints.Utc(due) : null, row.Any(r => r.Warned), row.Any(r => r.Overdue), task?.Supervised ?? false,
            task?.Urged ?? 0, mine, items, form, fields, outcomes, actions, steps, TaskHistory.Of(events, definition, org),
            await AttachmentEndpoints.OfMatterAsync(instanceId, host, cancellationToken).ConfigureAwait(false), definition.NameEn, node?.StepEn));
    }

    private static readonly TaskActionsDto NoActions = new(false, false, false, false, [], false, false, false, false, [], false, false);

    /// <summary>Asks the engine, which is pure, what each action would do on the current snapshot
    /// for this officer: the answer is the engine's own, so the screen never offers what the
    /// engine would refuse for who the officer is or where the task stands. Field checks are left
    /// for the real submission: completing counts as allowed when only the fields are missing.</summary>
    private static TaskActionsDto Actions(MatterEngine engine, MatterDefinition definition, MatterState state, TaskState task, CurrentUser user,
        DateTimeOffset now)
    {
        var actor = user.Actor;
        bool Allowed(MatterCommand command, params RejectionCode[] stillAllowed)
        {
            var result = engine.Handle(definition, state, command, now);
            return result.Applied || (result.Rejection is { } r && stillAllowed.Contains(r.Code));
        }
        // Any unit other than the officer's and the task's own stands in for the target the
        // officer will pick; the engine checks that the real one exists when it is submitted.
        var held = task.Items.Select(i => i.Unit).ToHashSet(StringComparer.Ordinal);
        var other = engine.Org.Units.Select(u => u.Id).Order(StringComparer.Ordinal).FirstOrDefault(u => u != user.Unit && !held.Contains(u)) ?? "";
        var firstOutcome = (definition.Nodes.GetValueOrDefault(task.Node) as TaskNode)?.Outcomes.FirstOrDefault()?.Id ?? "";
        var returnTargets = PreviousSteps(state, definition, task.Node)
            .Where(n => Allowed(new ReturnTask { Actor = actor, TaskId = task.Id, ToNode = n, Reason = "?" })).ToList();
        var removable = task.Items.Where(i => i.Status != WorkItemStatus.Done)
            .Where(i => Allowed(new RemoveSigner { Actor = actor, TaskId = task.Id, WorkItemId = i.Id })).Select(i => i.Id).ToList();
        return new TaskActionsDto(
            Allowed(new ClaimTask { Actor = actor, TaskId = task.Id }),
            Allowed(new ReleaseTask { Actor = actor, TaskId = task.Id }),
            Allowed(new CompleteTask { Actor = actor, TaskId = task.Id, Outcome = firstOutcome }, RejectionCode.InvalidField, RejectionCode.GuardFalse),
            returnTargets.Count > 0,
            returnTargets,
            Allowed(new TransferTask { Actor = actor, TaskId = task.Id, ToUnit = other }),
            Allowed(new DelegateTask { Actor = actor, TaskId = task.Id, ToUnit = other }),
            Allowed(new ResolveDelegation { Actor = actor, TaskId = task.Id }),
            Allowed(new AddSigner { Actor = actor, TaskId = task.Id, Unit = other }),
            removable,
            Allowed(new CommentOnMatter { Actor = actor, TaskId = task.Id, Text = "?" }),
            Allowed(new SkipTask { Actor = actor, TaskId = task.Id, Reason = "?" }));
    }

    /// <summary>The choices of a choice field, null for any other field.</summary>
    private static List<OptionDto>? OptionsOf(FormField f) =>
        f.Type == FieldType.Choice ? f.Options.Select(o => new OptionDto(o.Value, o.Label, o.LabelEn)).ToList() : null;

    internal static FieldDto FieldOf(FormField f) => new(f.Id, f.Label, f.LabelEn, f.Type.ToString().ToLowerInvariant(), f.Required, f.Min, f.Max,
        f.Pattern, f.Options.Select(o => new OptionDto(o.Value, o.Label, o.LabelEn)).ToList(), f.Multiple);

    private static async Task<bool> TakesPartAsync(string instanceId, CurrentUser user, RuntimeHost host, CancellationToken cancellationToken) =>
        user.Unit is { } unit && await host.Reads.UnitTakesPartAsync(instanceId, unit, cancellationToken).ConfigureAwait(false);

    private static IResult NoMatter(string instanceId) => Problems.NotFound($"没有事项 {instanceId} (no matter {instanceId})");

    /// <summary>Checks that the officer's unit takes part in the matter (else 404), then submits.</summary>
    private static async Task<IResult> ActAsync(string instanceId, ClaimsPrincipal principal, RuntimeHost host, Func<CurrentUser, MatterCommand> command,
        CancellationToken cancellationToken)
    {
        var user = CurrentUser.From(principal)!;
        if (!await TakesPartAsync(instanceId, user, host, cancellationToken).ConfigureAwait(false))
        {
            return NoMatter(instanceId);
        }
        return await SubmitAsync(instanceId, host, command(user), cancellationToken).ConfigureAwait(false);
    }

    internal static async Task<IResult> SubmitAsync(string instanceId, RuntimeHost host, MatterCommand command, CancellationToken cancellationToken)
    {
        var outcome = await host.Runtime.Writer.SubmitAsync(command, instanceId, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (outcome.Applied)
        {
            return TypedResults.Ok(new CommandResultDto(instanceId, outcome.State!.Status.ToString(), outcome.Version));
        }
        // 退回 to a node that does not exist or was never passed is bad input, not a state conflict.
        return outcome.Rejection is { Code: RejectionCode.UnknownNode } unknown
            ? Results.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "Rejected", detail: unknown.Message,
                extensions: new Dictionary<string, object?> { ["code"] = unknown.Code.ToString(), ["field"] = unknown.Field })
            : Problems.NotApplied(outcome);
    }
}
