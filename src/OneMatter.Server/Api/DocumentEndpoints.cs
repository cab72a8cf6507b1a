using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using OneMatter.Documents;
using OneMatter.Engine.Persistence;
using OneMatter.Server.Accounts;

namespace OneMatter.Server.Api;

/// <summary>
/// Issued documents: the list and download for those who may read the matter (an applicant only
/// the documents the definition gives the applicant; the units taking part and the supervisors
/// every one), and the public verification of a code and hash printed on a paper copy.
/// </summary>
internal static class DocumentEndpoints
{
    // A stored document is HTML the server rendered; served with a policy that lets it style
    // itself and nothing else (no scripts, no requests), in case a value ever slipped through.
    private const string DocumentPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; sandbox allow-modals";

    public static void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/matters/{instanceId}/documents").WithTags("Documents").RequireAuthorization();
        group.MapGet("/", ListAsync);
        group.MapGet("/{number}", DownloadAsync);
        app.MapGet("/api/documents/verify", VerifyAsync).WithTags("Documents").AllowAnonymous().RequireRateLimiting(RateLimits.Lookup);
    }

    private static async Task<IResult> ListAsync(string instanceId, ClaimsPrincipal principal, RuntimeHost host, CancellationToken cancellationToken)
    {
        var user = CurrentUser.From(principal)!;
        if (!await CanReadAsync(user, instanceId, host, cancellationToken).ConfigureAwait(false))
        {
            return Problems.NotFound($"没有事项 {instanceId} (no matter {instanceId})");
        }
        var documents = await host.Runtime.Documents.DocumentsOfAsync(instanceId, cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(documents.Where(d => Visible(user, d)).Select(d => Dto(instanceId, d)).ToList());
    }

    private static async Task<IResult> DownloadAsync(string instanceId, string number, bool? download, ClaimsPrincipal principal, RuntimeHost host,
        HttpContext context, CancellationToken cancellationToken)
    {
        var user = CurrentUser.From(principal)!;
        var stored = await CanReadAsync(user, instanceId, host, cancellationToken).ConfigureAwait(false)
            ? await host.Runtime.Documents.DocumentAsync(instanceId, number, cancellationToken).ConfigureAwait(false)
            : null;
        if (stored is null || !Visible(user, stored.Info))
        {
            return Problems.NotFound($"没有文书 {number} (no document {number})");
        }
        context.Response.Headers.ContentSecurityPolicy = DocumentPolicy;
        context.Response.Headers.XContentTypeOptions = "nosniff";
        context.Response.Headers["X-Document-Sha256"] = stored.Info.Sha256;
        var name = $"{stored.Info.Issued.Title}-{number}.html";
        return download == true
            ? TypedResults.File(stored.Content.ToArray(), stored.Info.Issued.ContentType, name)
            : TypedResults.Bytes(stored.Content.ToArray(), stored.Info.Issued.ContentType);
    }

    private static async Task<Ok<VerificationDto>> VerifyAsync(string? code, string? sha256, RuntimeHost host, CancellationToken cancellationToken)
    {
        var result = await new DocumentVerifier(host.Runtime.Documents).VerifyAsync(code, sha256, cancellationToken).ConfigureAwait(false);
        var check = result.Check switch
        {
            DocumentCheck.Genuine => "genuine",
            DocumentCheck.HashMismatch => "hash-mismatch",
            _ => "unknown-code",
        };
        if (result.Document is not { } d)
        {
            return TypedResults.Ok(new VerificationDto(check, false, null, null, null, null, null));
        }
        var row = await host.Reads.InstanceAsync(d.Issued.InstanceId, cancellationToken).ConfigureAwait(false);
        var matter = row is null ? null : host.Runtime.Catalog.Find(row.DefinitionId, row.DefinitionVersion)?.Name;
        return TypedResults.Ok(new VerificationDto(check, result.Check == DocumentCheck.Genuine, d.Issued.Title, d.Issued.Number, matter, d.Issued.IssuedAt, d.Sha256));
    }

    private static async Task<bool> CanReadAsync(CurrentUser user, string instanceId, RuntimeHost host, CancellationToken cancellationToken)
    {
        var row = await host.Reads.InstanceAsync(instanceId, cancellationToken).ConfigureAwait(false);
        return row is not null && await MatterAccess.CanReadAsync(user, row, host.Reads, host.Runtime.Engine.Org, cancellationToken).ConfigureAwait(false);
    }

    // The definition decides which documents are the applicant's (a joint-review opinion sheet is
    // internal); the units and supervisors who may read the matter see all of them.
    private static bool Visible(CurrentUser user, DocumentInfo document) => user.Role != Roles.Applicant || document.Issued.ForApplicant;

    private static DocumentDto Dto(string instanceId, DocumentInfo d) => new(d.Issued.Number, d.Issued.DocumentId, d.Issued.Title, d.Issued.Revision,
        d.Issued.IssuedAt, d.Sha256, d.Issued.VerificationCode, $"/api/matters/{Uri.EscapeDataString(instanceId)}/documents/{Uri.EscapeDataString(d.Issued.Number)}");
}
