using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using OneMatter.Server.Tests.Support;

namespace OneMatter.Server.Tests;

/// <summary>The rules of the resource matrix, one per endpoint with a resource in its path.</summary>
public sealed partial class ResourceMatrixTests
{
    /// <summary>The answers to GET requests as one text, without the problems' trace ids: what a
    /// refused write must leave as it was.</summary>
    private async Task<string> ReadAsync(string user, params string[] urls)
    {
        var client = await _world.AsAsync(user);
        var text = new StringBuilder();
        foreach (var url in urls)
        {
            var response = await client.GetAsync(url);
            text.Append((int)response.StatusCode).Append(' ').AppendLine(await response.Content.ReadAsStringAsync());
        }
        // A problem's traceId differs on every request; the rest is the resource.
        return Regex.Replace(text.ToString(), "\"traceId\":\"[^\"]*\"", "");
    }

    /// <summary>A step that must succeed, to set up or put back an own request's resource.</summary>
    private async Task SendAsync(string user, HttpMethod method, string url, HttpContent? content = null)
    {
        using var request = new HttpRequestMessage(method, url) { Content = content };
        var response = await (await _world.AsAsync(user)).SendAsync(request);
        Assert.True(response.IsSuccessStatusCode, $"{method} {url} as {user}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    /// <summary>One rule per endpoint with a resource in its path, keyed "METHOD path" as the
    /// OpenAPI document names it.</summary>
    private async Task<Dictionary<string, ResourceRule>> RulesAsync()
    {
        var a = _world.A;
        var officer = ResourceMatrixFixture.Officer;
        string[] readers = [Applicant, Officer, Supervisor];
        Dictionary<string, int> Status(int status, params string[] roles) => roles.ToDictionary(r => r, _ => status);
        ResourceRule Reader() => new() { Roles = SignedIn, Own = Status(200, readers) };
        ResourceRule OnTask(int status, int otherUnits, object? body = null) =>
            new() { Roles = [Officer], Own = Status(status, Officer), OtherUnitsTask = otherUnits, Body = body };
        Func<Task<string>> Definition(string id) => () => ReadAsync(Designer, "/api/definitions", $"/api/definitions/{id}/versions", $"/api/definitions/{id}/draft");
        ResourceRule Definitions(int status, string id = "rural-housing", bool write = true) => new()
        {
            Roles = write ? [Designer] : [Designer, Admin],
            Own = write ? Status(status, Designer) : Status(status, Designer, Admin),
            OfMatter = false,
            Values = new Dictionary<string, string> { ["id"] = id },
            Snapshot = Definition(id),
        };
        var rh = DesignerApi.RuralHousing();
        var changshan = await (await _world.AsAsync(Admin)).GetFromJsonAsync<JsonElement>("/api/admin/workspace-files/org/changshan.yaml");

        return new Dictionary<string, ResourceRule>
        {
            // Applying names a definition on offer to every applicant; the empty form is refused by
            // the engine, field by field, after the role check.
            ["POST /api/matters/{definitionId}/applications"] = new()
            {
                Roles = [Applicant], Own = Status(400, Applicant), OfMatter = false,
                Values = new Dictionary<string, string> { ["definitionId"] = "rural-housing" },
                Body = new { form = new Dictionary<string, string>() },
                Snapshot = () => ReadAsync("supervisor", "/api/supervision/matters?status=all&pageSize=1"),
            },
            ["GET /api/matters/{instanceId}"] = Reader(),
            ["GET /api/matters/{instanceId}/attachments"] = Reader(),
            ["GET /api/matters/{instanceId}/documents"] = Reader(),
            ["GET /api/matters/{instanceId}/documents/{number}"] = Reader() with { Crossed = "number" },
            ["GET /api/attachments/{attachmentId}"] = Reader(),
            // Own: zhangsan's withdrawn matter, so the engine finds nothing to withdraw.
            ["POST /api/matters/{instanceId}/withdraw"] = new() { Roles = [Applicant], Own = Status(409, Applicant), OwnInstance = _world.Withdrawn },
            // A is under review: nothing to correct.
            ["POST /api/matters/{instanceId}/correct"] = new() { Roles = [Applicant], Own = Status(409, Applicant), Body = new { changes = new { } } },

            // Own: the village review of A, the officer's unit's task; another's: B's village review,
            // open with Dongcun's committee. Bodies the engine refuses after the access check
            // (unknown outcome, node, unit) leave A as it was. The second status is for A's housing
            // review, another unit's task in the officer's matter: reading it is reading the matter;
            // acting on it the engine refuses (403, the task belongs to cs-housing), except what
            // any unit involved in the matter may do on any of its tasks by design: comment, and
            // attach files (here refused later, for the made-up upload id). A housing review cannot
            // be skipped by anyone (409 before whose it is).
            ["GET /api/tasks/{instanceId}/{taskId}"] = OnTask(200, 200),
            ["POST /api/tasks/{instanceId}/{taskId}/claim"] = OnTask(200, 403) with
            {
                After = () => SendAsync(officer, HttpMethod.Post, $"/api/tasks/{a.Receipt}/{a.TaskId}/release"),
            },
            ["POST /api/tasks/{instanceId}/{taskId}/release"] = OnTask(200, 403) with
            {
                Before = () => SendAsync(officer, HttpMethod.Post, $"/api/tasks/{a.Receipt}/{a.TaskId}/claim"),
            },
            ["POST /api/tasks/{instanceId}/{taskId}/complete"] = OnTask(422, 403, new { outcome = "zz-none", fields = new { opinion = "矩阵" } }),
            ["POST /api/tasks/{instanceId}/{taskId}/return"] = OnTask(422, 403, new { reason = "矩阵", toNode = "zz-none" }),
            ["POST /api/tasks/{instanceId}/{taskId}/transfer"] = OnTask(422, 403, new { toUnit = "zz-none", reason = "矩阵" }),
            ["POST /api/tasks/{instanceId}/{taskId}/delegate"] = OnTask(422, 403, new { toUnit = "zz-none" }),
            ["POST /api/tasks/{instanceId}/{taskId}/resolve"] = OnTask(409, 403, new { comment = "矩阵" }),
            ["POST /api/tasks/{instanceId}/{taskId}/signers"] = OnTask(422, 403, new { unit = "zz-none" }),
            ["DELETE /api/tasks/{instanceId}/{taskId}/signers/{workItemId}"] = OnTask(409, 403),
            ["POST /api/tasks/{instanceId}/{taskId}/comments"] = OnTask(200, 200, new { text = "资源矩阵的评论" }),
            ["POST /api/tasks/{instanceId}/{taskId}/skip"] = OnTask(409, 409, new { reason = "矩阵" }),
            // Past the access check, the id is not an upload of the officer's.
            ["POST /api/tasks/{instanceId}/{taskId}/attachments"] = OnTask(400, 400, new { attachmentIds = new[] { "zz-none" } }),

            ["POST /api/supervision/tasks/{instanceId}/{taskId}/urge"] = new() { Roles = [Supervisor], Own = Status(200, Supervisor), Body = new { message = "请加快" } },
            ["POST /api/supervision/tasks/{instanceId}/{taskId}/supervise"] = new() { Roles = [Supervisor], Own = Status(200, Supervisor), Body = new { message = "列入督办" } },

            // Definitions belong to no one: the designer's own resource is every one of them.
            ["GET /api/definitions/{id}"] = Definitions(200, write: false),
            ["GET /api/definitions/{id}/versions"] = Definitions(200, write: false),
            ["GET /api/definitions/{id}/diff"] = Definitions(200, write: false) with { Query = "?from=1&to=1" },
            ["GET /api/definitions/{id}/draft"] = Definitions(404, write: false),
            ["PUT /api/definitions/{id}/draft"] = Definitions(200) with
            {
                Body = rh,
                After = () => SendAsync(Designer, HttpMethod.Delete, "/api/definitions/rural-housing/draft"),
            },
            ["DELETE /api/definitions/{id}/draft"] = Definitions(204) with
            {
                Before = () => SendAsync(Designer, HttpMethod.Put, "/api/definitions/rural-housing/draft", DesignerApi.Yaml(rh)),
            },
            ["POST /api/definitions/{id}/publish"] = Definitions(404),
            ["POST /api/definitions/{id}/retire"] = Definitions(200, "market-day") with
            {
                After = () => SendAsync(Designer, HttpMethod.Post, "/api/definitions/market-day/reinstate"),
            },
            ["POST /api/definitions/{id}/reinstate"] = Definitions(200, "market-day") with
            {
                Before = () => SendAsync(Designer, HttpMethod.Post, "/api/definitions/market-day/retire"),
            },

            ["GET /api/calendars/{calendarId}"] = new()
            {
                Roles = SignedIn, Own = Status(200, SignedIn), OfMatter = false,
                Values = new Dictionary<string, string> { ["calendarId"] = "cn-mainland" },
            },
            ["GET /api/admin/workspace-files/{path}"] = new()
            {
                Roles = [Admin], Own = Status(200, Admin), OfMatter = false,
                Values = new Dictionary<string, string> { ["path"] = "org/changshan.yaml" },
            },
            // A text the parser refuses: 400 with its line and column, nothing saved.
            ["PUT /api/admin/workspace-files/{path}"] = new()
            {
                Roles = [Admin], Own = Status(400, Admin), OfMatter = false,
                Values = new Dictionary<string, string> { ["path"] = "org/changshan.yaml" },
                Body = new { yaml = "jurisdictions: [", baseVersion = changshan.GetProperty("version").GetInt32() },
                Snapshot = () => ReadAsync(Admin, "/api/admin/workspace-files/org/changshan.yaml", "/api/admin/workspace-files/org/changshan.yaml/versions"),
            },
        };
    }
}
