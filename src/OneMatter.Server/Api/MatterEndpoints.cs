using System.Globalization;
using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Http.HttpResults;
using OneMatter.Engine.Commands;
using OneMatter.Engine.Definitions;
using OneMatter.Engine.Instances;
using OneMatter.Server.Accounts;
using OneMatter.Storage.Entities;

namespace OneMatter.Server.Api;

/// <summary>The applicant portal's API: matters on offer, applying, my matters, status and
/// timeline, withdrawing, and the lookup by receipt number and query code without an account.</summary>
internal static class MatterEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/matters").WithTags("Matters");
        group.MapGet("/", Offers).AllowAnonymous();
        group.MapPost("/{definitionId}/applications", ApplyAsync).RequireAuthorization(p => p.RequireRole(Roles.Applicant));
        group.MapGet("/mine", MineAsync).RequireAuthorization(p => p.RequireRole(Roles.Applicant));
        group.MapGet("/{instanceId}", StatusAsync).RequireAuthorization();
        group.MapPost("/{instanceId}/withdraw", WithdrawAsync).RequireAuthorization(p => p.RequireRole(Roles.Applicant));
        group.MapPost("/{instanceId}/correct", CorrectAsync).RequireAuthorization(p => p.RequireRole(Roles.Applicant));
        app.MapGet("/api/lookup", LookupAsync).WithTags("Matters").AllowAnonymous().RequireRateLimiting(RateLimits.Lookup);
    }

    private static Ok<List<MatterOfferDto>> Offers(RuntimeHost host) =>
        TypedResults.Ok(host.Runtime.Catalog.All.Where(d => !host.Runtime.Catalog.IsRetired(d.Id)).Select(d => new MatterOfferDto(d.Id, d.Version, d.Name, d.NameEn, d.Family.ToString().ToLowerInvariant(),
            d.Lead, d.Form.Select(Field).ToList())).ToList());

    private static async Task<IResult> ApplyAsync(string definitionId, ApplicationRequest request, ClaimsPrincipal principal, RuntimeHost host,
        TimeProvider time, AttachmentSettings attachments, CancellationToken cancellationToken)
    {
        var user = CurrentUser.From(principal)!;
        if (host.Runtime.Catalog.Latest(definitionId) is null)
        {
            return Problems.NotFound($"没有事项 {definitionId} (no matter {definitionId})");
        }
        if (host.Runtime.Catalog.IsRetired(definitionId))
        {
            // Retired (停办): gone for new applications; matters already running carry on.
            return Results.Problem(statusCode: StatusCodes.Status410Gone, title: "Retired",
                detail: $"事项 {definitionId} 已停办，不再受理新申请 (matter {definitionId} is retired: no new applications)");
        }
        var definition = host.Runtime.Catalog.Latest(definitionId)!;
        var receipt = ReceiptNumber(definition, time.GetUtcNow());
        var queryCode = RandomNumberGenerator.GetString("0123456789", 6);
        var form = request.Form ?? [];
        // Uploaded files named by the form belong to the matter before it exists (see FormAttachments).
        var (invalid, bound) = await FormAttachments.BindAsync(definition, form, user, receipt, host, attachments, cancellationToken).ConfigureAwait(false);
        if (invalid is not null)
        {
            return invalid;
        }
        var outcome = await host.Runtime.Writer.StartAsync(new StartMatter
        {
            Actor = user.Actor,
            InstanceId = receipt,
            Form = form,
            Applicant = user.Id,
            QueryCode = queryCode,
        }, definitionId, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (!outcome.Applied)
        {
            await FormAttachments.ReleaseAsync(bound, receipt, host).ConfigureAwait(false);
            return Problems.NotApplied(outcome);
        }
        return TypedResults.Created($"/api/matters/{receipt}", new ApplicationReceipt(receipt, queryCode, outcome.State!.Status.ToString(), outcome.Version));
    }

    private static async Task<Ok<PageDto<MatterSummaryDto>>> MineAsync(ClaimsPrincipal principal, RuntimeHost host, int? page, int? pageSize,
        CancellationToken cancellationToken)
    {
        var user = CurrentUser.From(principal)!;
        var (p, size) = Paging(page, pageSize);
        var rows = await host.Reads.InstancesOfApplicantAsync(user.Id, (p - 1) * size, size, cancellationToken).ConfigureAwait(false);
        var items = rows.Select(r => new MatterSummaryDto(r.Id, r.DefinitionId, host.Runtime.Catalog.Find(r.DefinitionId, r.DefinitionVersion)?.Name ?? r.DefinitionId,
            r.Status, r.Result, Utc(r.StartedUtcTicks), r.EndedUtcTicks is { } e ? Utc(e) : null)).ToList();
        return TypedResults.Ok(new PageDto<MatterSummaryDto>(items, items.Count + (p - 1) * size, p, size));
    }

    private static async Task<IResult> StatusAsync(string instanceId, ClaimsPrincipal principal, RuntimeHost host, CancellationToken cancellationToken)
    {
        var user = CurrentUser.From(principal)!;
        var row = await host.Reads.InstanceAsync(instanceId, cancellationToken).ConfigureAwait(false);
        if (row is null || !await MatterAccess.CanReadAsync(user, row, host.Reads, host.Runtime.Engine.Org, cancellationToken).ConfigureAwait(false))
        {
            return Problems.NotFound($"没有事项 {instanceId} (no matter {instanceId})");
        }
        return TypedResults.Ok(await StatusOfAsync(row, host, withAttachments: true, cancellationToken).ConfigureAwait(false));
    }

    private static async Task<IResult> WithdrawAsync(string instanceId, ClaimsPrincipal principal, RuntimeHost host, CancellationToken cancellationToken)
    {
        var user = CurrentUser.From(principal)!;
        var row = await host.Reads.InstanceAsync(instanceId, cancellationToken).ConfigureAwait(false);
        if (row is null || row.Applicant != user.Id)
        {
            return Problems.NotFound($"没有事项 {instanceId} (no matter {instanceId})");
        }
        var outcome = await host.Runtime.Writer.SubmitAsync(new WithdrawMatter { Actor = user.Actor }, instanceId, cancellationToken: cancellationToken)
            .ConfigureAwait(false);
        return outcome.Applied
            ? TypedResults.Ok(new CommandResultDto(instanceId, outcome.State!.Status.ToString(), outcome.Version))
            : Problems.NotApplied(outcome);
    }

    /// <summary>补正: the applicant corrects the materials an officer asked for, which hands the
    /// matter back to the window and restarts the paused clock. Only the owner, only while an
    /// applicant task is open; the engine validates the changed values like the form.</summary>
    private static async Task<IResult> CorrectAsync(string instanceId, CorrectionRequest request, ClaimsPrincipal principal, RuntimeHost host,
        AttachmentSettings attachments, CancellationToken cancellationToken)
    {
        var user = CurrentUser.From(principal)!;
        var row = await host.Reads.InstanceAsync(instanceId, cancellationToken).ConfigureAwait(false);
        if (row is null || row.Applicant != user.Id)
        {
            return Problems.NotFound($"没有事项 {instanceId} (no matter {instanceId})");
        }
        var taskId = request.TaskId;
        if (taskId is null)
        {
            var tasks = await host.Reads.TasksOfInstanceAsync(instanceId, cancellationToken).ConfigureAwait(false);
            taskId = tasks.FirstOrDefault(t => t.ForApplicant && t.Status != "Done")?.TaskId;
        }
        if (taskId is null)
        {
            return Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "Nothing to correct",
                detail: "该事项当前无需补正 (the matter is not waiting for corrections)");
        }
        var changes = request.Changes ?? [];
        IReadOnlyList<string> bound = [];
        if (host.Runtime.Catalog.Find(row.DefinitionId, row.DefinitionVersion) is { } definition)
        {
            (var invalid, bound) = await FormAttachments.BindAsync(definition, changes, user, instanceId, host, attachments, cancellationToken).ConfigureAwait(false);
            if (invalid is not null)
            {
                return invalid;
            }
        }
        var outcome = await host.Runtime.Writer.SubmitAsync(new CorrectMaterials { Actor = user.Actor, TaskId = taskId, Changes = changes },
            instanceId, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (!outcome.Applied)
        {
            await FormAttachments.ReleaseAsync(bound, instanceId, host).ConfigureAwait(false);
            return Problems.NotApplied(outcome);
        }
        return TypedResults.Ok(new CommandResultDto(instanceId, outcome.State!.Status.ToString(), outcome.Version));
    }

    /// <summary>The public lookup (办件查询): a receipt number and the query code printed with it
    /// give the status without an account; a wrong code is answered like an unknown number.</summary>
    private static async Task<IResult> LookupAsync(string? receipt, string? code, RuntimeHost host, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(receipt) || string.IsNullOrWhiteSpace(code))
        {
            return Problems.BadRequest("receipt and code are required", string.IsNullOrWhiteSpace(receipt) ? "receipt" : "code");
        }
        var row = await host.Reads.InstanceAsync(receipt.Trim(), cancellationToken).ConfigureAwait(false);
        if (row is null || row.QueryCode is null || !CryptographicOperations.FixedTimeEquals(
                System.Text.Encoding.UTF8.GetBytes(row.QueryCode), System.Text.Encoding.UTF8.GetBytes(code.Trim())))
        {
            return Problems.NotFound("回执编号或查询码不正确 (no matter with this receipt number and query code)");
        }
        // Without an account the files (names of personal documents) are not listed.
        return TypedResults.Ok(await StatusOfAsync(row, host, withAttachments: false, cancellationToken).ConfigureAwait(false));
    }

    internal static async Task<MatterStatusDto> StatusOfAsync(MatterInstance row, RuntimeHost host, bool withAttachments, CancellationToken cancellationToken)
    {
        var stored = await host.Runtime.Store.LoadAsync(row.Id, cancellationToken).ConfigureAwait(false);
        var state = stored!.State;
        var definition = host.Runtime.Catalog.Find(state.DefinitionId, state.DefinitionVersion);
        var org = host.Runtime.Engine.Org;
        var tasks = await host.Reads.TasksOfInstanceAsync(row.Id, cancellationToken).ConfigureAwait(false);
        var holding = tasks.Select(t =>
        {
            var node = definition?.Nodes.GetValueOrDefault(t.Node);
            return new HolderDto(t.TaskId, t.WorkItemId, t.Node, node?.Name ?? t.Node, node?.Step, t.Unit, t.Unit is { } u ? org.FindUnit(u)?.Name : null,
                t.Status, t.DueUtcTicks is { } due ? Utc(due) : null, t.Warned, t.Overdue, t.ForApplicant, t.Supervised, t.Urged, node?.NameEn, node?.StepEn);
        }).ToList();
        var steps = state.Records.History().Select(r =>
        {
            var node = definition?.Nodes.GetValueOrDefault(r.Node);
            return new StepDto(r.Node, node?.Name ?? r.Node, node?.Step, r.Outcome, r.Unit, r.At, node?.NameEn, node?.StepEn);
        }).ToList();
        return new MatterStatusDto(state.InstanceId, state.DefinitionId, state.DefinitionVersion, definition?.Name ?? state.DefinitionId,
            definition?.NameEn ?? state.DefinitionId, state.Status.ToString(), state.Result?.ToString(), state.Version, state.StartedAt, state.EndedAt,
            holding, steps, [.. state.Documents],
            withAttachments ? await AttachmentEndpoints.OfMatterAsync(row.Id, host, cancellationToken).ConfigureAwait(false) : []);
    }

    private static FieldDto Field(FormField f) => new(f.Id, f.Label, f.LabelEn, f.Type.ToString().ToLowerInvariant(), f.Required, f.Min, f.Max, f.Pattern,
        f.Options.Select(o => new OptionDto(o.Value, o.Label, o.LabelEn)).ToList(), f.Multiple);

    /// <summary>A receipt number: the definition's initials, the date and six random digits
    /// (e.g. <c>RH-20261127-483920</c>); random so numbers cannot be enumerated.</summary>
    private static string ReceiptNumber(MatterDefinition definition, DateTimeOffset now)
    {
        var initials = string.Concat(definition.Id.Split('-', StringSplitOptions.RemoveEmptyEntries).Select(w => char.ToUpperInvariant(w[0])));
        return $"{initials}-{now.ToOffset(TimeSpan.FromHours(8)).ToString("yyyyMMdd", CultureInfo.InvariantCulture)}-{RandomNumberGenerator.GetString("0123456789", 6)}";
    }

    internal static (int Page, int Size) Paging(int? page, int? pageSize) => (Math.Max(1, page ?? 1), Math.Clamp(pageSize ?? 20, 1, 100));

    internal static DateTimeOffset Utc(long ticks) => new(ticks, TimeSpan.Zero);
}
