using System.Security.Claims;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Net.Http.Headers;
using Microsoft.OpenApi;
using OneMatter.Engine.Commands;
using OneMatter.Engine.Events;
using OneMatter.Engine.Persistence;
using OneMatter.Server.Accounts;

namespace OneMatter.Server.Api;

/// <summary>
/// Uploads and downloads. Applicants and officers upload one file at a time (size, declared type
/// and the content's signature checked, stored with its SHA-256); the upload belongs to the
/// uploader alone until an application, a correction or an officer's attach binds it to a
/// matter, after which the matter's reading rules (<see cref="MatterAccess"/>) decide who may
/// download it. Anything the caller may not read is answered as not found.
/// </summary>
internal static class AttachmentEndpoints
{
    /// <summary>Most files one attach request may name.</summary>
    private const int MaxFilesPerAttach = 50;

    public static void Map(IEndpointRouteBuilder app)
    {
        var settings = app.ServiceProvider.GetRequiredService<AttachmentSettings>();
        var group = app.MapGroup("/api/attachments").WithTags("Attachments");
        group.MapPost("/", (HttpRequest request, ClaimsPrincipal user, RuntimeHost host, CancellationToken ct) => UploadAsync(request, user, host, settings, ct))
            .RequireAuthorization(p => p.RequireRole(Roles.Applicant, Roles.Officer))
            // Described for OpenAPI by a transformer, not Accepts<>: Accepts would let routing answer
            // other content types with a bare 415 before this handler can name the field.
            .AddOpenApiOperationTransformer((operation, _, _) => { operation.RequestBody = MultipartBody(); return Task.CompletedTask; })
            .Produces<UploadedDto>(StatusCodes.Status201Created)
            .WithMetadata(new UploadBodyLimit(settings.BodyLimit));
        group.MapGet("/{attachmentId}", DownloadAsync).RequireAuthorization();
        app.MapGet("/api/matters/{instanceId}/attachments", ListAsync).WithTags("Matters").RequireAuthorization();
        app.MapPost("/api/tasks/{instanceId}/{taskId}/attachments", AttachAsync).WithTags("Tasks").RequireAuthorization(p => p.RequireRole(Roles.Officer));
    }

    /// <summary>The upload's body as OpenAPI describes it: multipart with one binary field <c>file</c>.</summary>
    private static OpenApiRequestBody MultipartBody() => new()
    {
        Required = true,
        Content = new Dictionary<string, OpenApiMediaType>
        {
            ["multipart/form-data"] = new()
            {
                Schema = new OpenApiSchema
                {
                    Type = JsonSchemaType.Object,
                    Required = new HashSet<string> { "file" },
                    Properties = new Dictionary<string, IOpenApiSchema> { ["file"] = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" } },
                },
            },
        },
    };

    /// <summary>The attachment port of the runtime's store (the EF store implements it).</summary>
    internal static IAttachmentStore Store(RuntimeHost host) => (IAttachmentStore)host.Runtime.Store;

    private static async Task<IResult> UploadAsync(HttpRequest request, ClaimsPrincipal principal, RuntimeHost host, AttachmentSettings settings,
        CancellationToken cancellationToken)
    {
        var user = CurrentUser.From(principal)!;
        if (!request.HasFormContentType || request.ContentType?.StartsWith("multipart/form-data", StringComparison.OrdinalIgnoreCase) != true)
        {
            return FileProblem(StatusCodes.Status415UnsupportedMediaType, "Unsupported upload",
                "请以 multipart/form-data 上传, 文件放在 file 字段 (send multipart/form-data with the file in the field file)");
        }
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = settings.BodyLimit;
        }
        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(new FormOptions { MultipartBodyLengthLimit = settings.BodyLimit, ValueCountLimit = 16 }, cancellationToken)
                .ConfigureAwait(false);
        }
        catch (BadHttpRequestException bad) when (bad.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TooLarge(settings);
        }
        catch (InvalidDataException bad) when (bad.Message.Contains("limit", StringComparison.OrdinalIgnoreCase))
        {
            return TooLarge(settings);
        }
        catch (Exception bad) when (bad is InvalidDataException or IOException or BadHttpRequestException)
        {
            return FileProblem(StatusCodes.Status400BadRequest, "Bad upload", "上传内容不完整或格式错误 (the multipart body is malformed or incomplete)");
        }
        if (form.Files.Count != 1 || form.Files[0].Name != "file")
        {
            return FileProblem(StatusCodes.Status400BadRequest, "Bad upload", "请在 file 字段上传一个文件 (send exactly one file, in the field file)");
        }
        var file = form.Files[0];
        if (file.Length == 0)
        {
            return FileProblem(StatusCodes.Status400BadRequest, "Empty file", "文件为空 (the file is empty)");
        }
        if (file.Length > settings.MaxBytes)
        {
            return TooLarge(settings);
        }
        var type = FileSignatures.Canonical(file.ContentType, file.FileName ?? "");
        if (!settings.Allowed.Contains(type))
        {
            return FileProblem(StatusCodes.Status415UnsupportedMediaType, "Unsupported file type",
                $"不支持的文件类型 {type} (type {type} is not accepted; allowed: {string.Join(", ", settings.Allowed.Order(StringComparer.Ordinal))})");
        }
        var content = new byte[file.Length];
        var stream = file.OpenReadStream();
        await using (stream.ConfigureAwait(false))
        {
            await stream.ReadExactlyAsync(content, cancellationToken).ConfigureAwait(false);
        }
        if (!FileSignatures.Matches(type, content))
        {
            return FileProblem(StatusCodes.Status415UnsupportedMediaType, "Content does not match its type",
                $"文件内容不是 {type} (the content is not {type}, whatever its name says)");
        }
        var saved = await Store(host).SaveAttachmentAsync(new NewAttachment
        {
            FileName = AttachmentNames.Clean(file.FileName, type),
            ContentType = type,
            UploadedBy = user.Id,
            UploadedUnit = user.Role == Roles.Officer ? user.Unit : null,
        }, content, cancellationToken).ConfigureAwait(false);
        return TypedResults.Created($"/api/attachments/{saved.Id}", new UploadedDto(saved.Id, saved.FileName, saved.Size, saved.Sha256, saved.ContentType));
    }

    private static async Task<IResult> DownloadAsync(string attachmentId, ClaimsPrincipal principal, HttpContext context, RuntimeHost host,
        CancellationToken cancellationToken)
    {
        var user = CurrentUser.From(principal)!;
        var stored = AttachmentId.IsWellFormed(attachmentId) ? await Store(host).AttachmentAsync(attachmentId, cancellationToken).ConfigureAwait(false) : null;
        if (stored is null || !await CanReadAsync(user, stored.Info, host, cancellationToken).ConfigureAwait(false))
        {
            return Problems.NotFound($"没有附件 {attachmentId} (no attachment {attachmentId})");
        }
        // Uploaded bytes are never interpreted by the browser as anything but their checked type,
        // and never run as a page of this origin if opened directly.
        context.Response.Headers.XContentTypeOptions = "nosniff";
        context.Response.Headers.ContentSecurityPolicy = "default-src 'none'; sandbox";
        context.Response.Headers.CacheControl = "private, no-cache";
        var info = stored.Info;
        // The file name goes out as filename (ASCII fallback) and filename* (RFC 5987, UTF-8), so
        // 户口簿.pdf keeps its Chinese name when saved.
        return Results.File(stored.Content.ToArray(), info.ContentType, info.FileName, entityTag: new EntityTagHeaderValue($"\"{info.Sha256}\""));
    }

    private static async Task<IResult> ListAsync(string instanceId, ClaimsPrincipal principal, RuntimeHost host, CancellationToken cancellationToken)
    {
        var user = CurrentUser.From(principal)!;
        var row = await host.Reads.InstanceAsync(instanceId, cancellationToken).ConfigureAwait(false);
        if (row is null || !await MatterAccess.CanReadAsync(user, row, host.Reads, host.Runtime.Engine.Org, cancellationToken).ConfigureAwait(false))
        {
            return Problems.NotFound($"没有事项 {instanceId} (no matter {instanceId})");
        }
        return TypedResults.Ok(await OfMatterAsync(instanceId, host, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>
    /// 添加附件: an officer of a unit taking part attaches their own uploads to an open task. The
    /// files are bound to the matter and task first, then the engine records them (names and
    /// hashes) in the event log, which audits the step and shows it in the task's history; a
    /// command the engine refuses releases the files again.
    /// </summary>
    private static async Task<IResult> AttachAsync(string instanceId, string taskId, AttachRequest request, ClaimsPrincipal principal, RuntimeHost host,
        CancellationToken cancellationToken)
    {
        var ids = request.AttachmentIds?.Where(id => !string.IsNullOrWhiteSpace(id)).Select(id => id.Trim()).ToList() ?? [];
        if (ids.Count == 0)
        {
            return Problems.BadRequest("attachmentIds is required", "attachmentIds");
        }
        if (ids.Count > MaxFilesPerAttach || ids.Distinct(StringComparer.Ordinal).Count() != ids.Count)
        {
            return Problems.BadRequest($"attachmentIds: at most {MaxFilesPerAttach} ids, each once", "attachmentIds");
        }
        var user = CurrentUser.From(principal)!;
        if (user.Unit is not { } unit || !await host.Reads.UnitTakesPartAsync(instanceId, unit, cancellationToken).ConfigureAwait(false))
        {
            return Problems.NotFound($"没有事项 {instanceId} (no matter {instanceId})");
        }
        var store = Store(host);
        var found = (await store.AttachmentsAsync(ids, cancellationToken).ConfigureAwait(false)).ToDictionary(a => a.Id, StringComparer.Ordinal);
        foreach (var id in ids)
        {
            if (!found.TryGetValue(id, out var attachment) || attachment.UploadedBy != user.Id)
            {
                return Problems.BadRequest($"没有您上传的附件 {id} (no upload of yours with id {id})", "attachmentIds");
            }
            if (attachment.InstanceId is not null)
            {
                return Problems.BadRequest($"附件 {id} 已被使用, 请重新上传 (attachment {id} is already attached: upload the file again)", "attachmentIds");
            }
        }
        var binding = await store.BindAttachmentsAsync(ids, user.Id, instanceId, taskId, cancellationToken).ConfigureAwait(false);
        if (!binding.Bound)
        {
            return Problems.BadRequest($"附件 {binding.Failures[0].Id} 刚被使用 (attachment {binding.Failures[0].Id} was just attached elsewhere)", "attachmentIds");
        }
        var command = new AttachFiles
        {
            Actor = user.Actor,
            TaskId = taskId,
            Files = ids.ConvertAll(id => new AttachedFile { Id = id, Name = found[id].FileName, Sha256 = found[id].Sha256, Size = found[id].Size }),
        };
        var outcome = await host.Runtime.Writer.SubmitAsync(command, instanceId, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (!outcome.Applied)
        {
            await FormAttachments.ReleaseAsync(ids, instanceId, host).ConfigureAwait(false);
            return Problems.NotApplied(outcome);
        }
        return TypedResults.Ok(new CommandResultDto(instanceId, outcome.State!.Status.ToString(), outcome.Version));
    }

    /// <summary>A matter's attachments as its status and task screens list them.</summary>
    internal static async Task<List<AttachmentDto>> OfMatterAsync(string instanceId, RuntimeHost host, CancellationToken cancellationToken)
    {
        var org = host.Runtime.Engine.Org;
        var attachments = await Store(host).AttachmentsOfAsync(instanceId, cancellationToken).ConfigureAwait(false);
        return attachments.Select(a => new AttachmentDto(a.Id, a.FileName, a.ContentType, a.Size, a.Sha256, a.UploadedBy, a.UploadedUnit,
            a.UploadedUnit is { } u ? org.FindUnit(u)?.Name : null, a.UploadedAt, a.TaskId)).ToList();
    }

    /// <summary>Unbound: the uploader only. Bound: whoever may read the matter. Bound to a matter
    /// that does not exist (its application failed after binding): the uploader again.</summary>
    private static async Task<bool> CanReadAsync(CurrentUser user, AttachmentInfo info, RuntimeHost host, CancellationToken cancellationToken)
    {
        if (info.InstanceId is not { } instanceId)
        {
            return info.UploadedBy == user.Id;
        }
        var row = await host.Reads.InstanceAsync(instanceId, cancellationToken).ConfigureAwait(false);
        return row is null
            ? info.UploadedBy == user.Id
            : await MatterAccess.CanReadAsync(user, row, host.Reads, host.Runtime.Engine.Org, cancellationToken).ConfigureAwait(false);
    }

    private static IResult TooLarge(AttachmentSettings settings) =>
        FileProblem(StatusCodes.Status413PayloadTooLarge, "File too large",
            $"文件不能超过 {settings.MaxBytes / 1024 / 1024.0:0.#} MB (at most {settings.MaxBytes} bytes)");

    /// <summary>A problem naming the field <c>file</c>, so the portal shows it beside the upload.</summary>
    private static IResult FileProblem(int status, string title, string detail) =>
        Results.ValidationProblem(new Dictionary<string, string[]> { ["file"] = [detail] }, detail: detail, statusCode: status, title: title);
}
