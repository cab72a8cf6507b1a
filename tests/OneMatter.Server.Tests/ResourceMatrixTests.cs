using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using OneMatter.Server.Tests.Support;

namespace OneMatter.Server.Tests;

/// <summary>
/// The access rules on real resources (issue 4): every endpoint of the OpenAPI document whose path
/// names a resource × every role (and no account) × its own resource and another's. An applicant
/// reaches only their own matters, an officer only the matters in which their unit holds a task, a
/// supervisor only those within their jurisdiction, a designer only definitions. Own: the exact
/// answer the rule names, past the access rules (never the hiding 404, never a 5xx). Another's:
/// 404, the answer the server gives so as not to reveal that the matter exists (a role the endpoint
/// is not for: 403, no account: 401). No answer to anyone carries data of a matter they may not
/// read, and a refused write changes nothing. The resources are made once by
/// <see cref="ResourceMatrixFixture"/>; an endpoint with a path parameter and no rule here fails.
/// </summary>
public sealed class ResourceMatrixTests : IClassFixture<ResourceMatrixFixture>
{
    private const string Anonymous = "(none)";
    private const string Applicant = "applicant";
    private const string Officer = "officer";
    private const string Supervisor = "supervisor";
    private const string Designer = "designer";
    private const string Admin = "admin";

    /// <summary>Role → the account that plays it.</summary>
    private static readonly Dictionary<string, string?> Actors = new()
    {
        [Applicant] = "zhangsan",
        [Officer] = ResourceMatrixFixture.Officer,
        [Supervisor] = ResourceMatrixFixture.Supervisor,
        [Designer] = "designer",
        [Admin] = "admin",
        [Anonymous] = null,
    };

    private static readonly string[] SignedIn = [Applicant, Officer, Supervisor, Designer, Admin];

    private readonly ResourceMatrixFixture _world;

    public ResourceMatrixTests(ResourceMatrixFixture world) => _world = world;

    [Fact]
    public async Task EveryResourceEndpoint_AnswersEveryRole_OnItsOwnAndOnAnothersResource_AsItsRuleSays()
    {
        var clients = new Dictionary<string, HttpClient>();
        foreach (var (role, user) in Actors)
        {
            clients[role] = user is null ? _world.Server.CreateClient() : await _world.AsAsync(user);
        }
        var rules = await RulesAsync();
        var document = await clients[Anonymous].GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var endpoints = document.GetProperty("paths").EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject().Select(m => $"{m.Name.ToUpperInvariant()} {p.Name}"))
            .Where(e => e.Contains('{', StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.True(endpoints.Count > 30, $"only {endpoints.Count} endpoints with a resource in the path");

        var failures = endpoints.Where(e => !rules.ContainsKey(e)).Select(e => $"{e}: no resource rule; add one to ResourceMatrixTests.RulesAsync").ToList();
        failures.AddRange(rules.Keys.Where(k => !endpoints.Contains(k)).Select(k => $"{k}: a rule for an endpoint the server does not have"));
        var probes = 0;
        foreach (var endpoint in endpoints.Where(rules.ContainsKey))
        {
            var method = endpoint[..endpoint.IndexOf(' ', StringComparison.Ordinal)];
            var path = endpoint[(method.Length + 1)..];
            var rule = rules[endpoint];
            foreach (var (role, client) in clients)
            {
                foreach (var probe in Probes(rule, role, method, path))
                {
                    probes++;
                    var failure = await RunAsync(method, probe, rule, role, client);
                    if (failure is not null)
                    {
                        failures.Add($"{method} {probe.Url} as {role} ({probe.Case}): {failure}");
                    }
                }
            }
        }
        Assert.True(failures.Count == 0, $"{failures.Count} of {probes} probes failed:{Environment.NewLine}{string.Join(Environment.NewLine, failures)}");
    }

    /// <summary>The endpoints that list instead of naming a resource: each caller's list has their
    /// own matter (A) and never another's (B), nor B's data or the unit that handles it; a
    /// supervisor cannot widen the list beyond their jurisdiction; the public lookup answers a
    /// query code only for its own receipt number.</summary>
    [Fact]
    public async Task Lists_NameTheCallersOwnMatters_AndNeverAnothers()
    {
        var (a, b) = (_world.A, _world.B);
        var failures = new List<string>();
        async Task CheckAsync(string? user, string url, int status, string? mustName, params string[] mustNotName)
        {
            var client = user is null ? _world.Server.CreateClient() : await _world.AsAsync(user);
            var response = await client.GetAsync(url);
            var body = await response.Content.ReadAsStringAsync();
            var problems = new List<string>();
            if ((int)response.StatusCode != status)
            {
                problems.Add($"{(int)response.StatusCode}, expected {status}");
            }
            if (mustName is not null && !body.Contains(mustName, StringComparison.Ordinal))
            {
                problems.Add($"{mustName} is missing");
            }
            problems.AddRange(mustNotName.Concat(b.Secrets).Where(v => body.Contains(v, StringComparison.Ordinal) && !url.Contains(v, StringComparison.Ordinal))
                .Select(v => $"names {v}"));
            if (problems.Count > 0)
            {
                failures.Add($"GET {url} as {user ?? Anonymous}: {string.Join("; ", problems)} — {body[..Math.Min(body.Length, 300)]}");
            }
        }

        await CheckAsync("zhangsan", "/api/matters/mine?pageSize=100", 200, a.Receipt, b.Receipt);
        await CheckAsync("zhangsan", "/api/matters/mine?pageSize=100", 200, _world.Withdrawn);
        await CheckAsync(ResourceMatrixFixture.Officer, "/api/tasks?filter=pending&pageSize=100", 200, a.Receipt, b.Receipt);
        foreach (var filter in new[] { "mine", "due-soon", "overdue" })
        {
            await CheckAsync(ResourceMatrixFixture.Officer, $"/api/tasks?filter={filter}&pageSize=100", 200, null, b.Receipt);
        }
        var supervisor = ResourceMatrixFixture.Supervisor;
        await CheckAsync(supervisor, "/api/supervision/matters?status=all&pageSize=100", 200, a.Receipt, b.Receipt, "qiuchuan");
        await CheckAsync(supervisor, "/api/supervision/alerts?pageSize=100", 200, null, b.Receipt, "qiuchuan");
        // Per unit: A's window and reviewers, never the units that handled only B.
        await CheckAsync(supervisor, "/api/supervision/units", 200, "baishi-baishi-committee", "qiuchuan-service", "qiuchuan-dongcun-committee");
        await CheckAsync(supervisor, "/api/supervision/score-inputs", 200, "baishi-service", "qiuchuan-service", "qiuchuan-dongcun-committee");
        foreach (var list in new[] { "matters", "alerts", "units", "score-inputs" })
        {
            await CheckAsync(supervisor, $"/api/supervision/{list}?jurisdiction=qiuchuan", 400, "jurisdiction", b.Receipt, "qiuchuan-service");
        }
        // The county supervisor sees both: B is outside the Baishi supervisor's jurisdiction only.
        await CheckAsync("supervisor", "/api/supervision/matters?status=all&pageSize=100", 200, b.Receipt);
        await CheckAsync(null, $"/api/lookup?receipt={a.Receipt}&code={a.QueryCode}", 200, a.Receipt);
        await CheckAsync(null, $"/api/lookup?receipt={b.Receipt}&code={a.QueryCode}", 404, null);
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    /// <summary>An upload no application or task has used yet is its uploader's alone: every other
    /// account, whatever its role or jurisdiction, is answered 404 and learns nothing of the file.</summary>
    [Fact]
    public async Task Uploads_NotYetUsed_AreTheUploadersAlone()
    {
        var (zhangsans, lisis) = _world.Unbound;
        (string Id, string Uploader, string Name)[] uploads = [(zhangsans, "zhangsan", "zhangsan-unused.pdf"), (lisis, "lisi", "lisi-unused.pdf")];
        var failures = new List<string>();
        foreach (var user in new[] { "zhangsan", "lisi", ResourceMatrixFixture.Officer, ResourceMatrixFixture.Supervisor, "supervisor", "designer", "admin", Anonymous })
        {
            var client = user == Anonymous ? _world.Server.CreateClient() : await _world.AsAsync(user);
            foreach (var (id, uploader, name) in uploads)
            {
                var response = await client.GetAsync($"/api/attachments/{id}");
                var body = await response.Content.ReadAsStringAsync();
                var expected = user == Anonymous ? 401 : user == uploader ? 200 : 404;
                if ((int)response.StatusCode != expected || (expected == 200) != body.Contains(name, StringComparison.Ordinal))
                {
                    failures.Add($"{uploader}'s upload as {user}: {(int)response.StatusCode}, expected {expected} — {body[..Math.Min(body.Length, 200)]}");
                }
            }
        }
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    /// <summary>One request of the matrix: which resource it targets (A, B or a shared one), its
    /// URL and the answer it must get.</summary>
    private sealed record Probe(string Case, string Url, MatterUnderTest? Matter, bool Passes, int Status);

    private IEnumerable<Probe> Probes(ResourceRule rule, string role, string method, string path)
    {
        var refusal = role == Anonymous ? 401 : rule.Roles.Contains(role) ? (int?)null : 403;
        if (!rule.OfMatter)
        {
            var url = Fill(path, name => rule.Values.TryGetValue(name, out var v) ? v : throw new InvalidOperationException($"{path}: no value for {{{name}}}"))
                + rule.Query;
            yield return refusal is { } refused
                ? new Probe("shared", url, null, false, refused)
                : new Probe("shared", url, null, true, rule.Own.TryGetValue(role, out var status) ? status
                    : throw new InvalidOperationException($"{path}: no status for {role}, who may call it"));
            yield break;
        }
        var a = _world.A;
        var ownsA = refusal is null && rule.Own.ContainsKey(role);
        var ownUrl = Fill(path, name => name == "instanceId" && ownsA && rule.OwnInstance is { } own ? own : Value(a, name, rule)) + rule.Query;
        yield return new Probe(ownsA ? "own" : "A, not theirs", ownUrl, a, ownsA, ownsA ? rule.Own[role] : refusal ?? 404);
        yield return new Probe("another's", Fill(path, name => Value(_world.B, name, rule)) + rule.Query, _world.B, false, refusal ?? 404);
        if (ownsA && rule.Crossed is { } crossed)
        {
            var url = Fill(path, name => Value(name == crossed ? _world.B : a, name, rule)) + rule.Query;
            yield return new Probe($"own matter, another's {{{crossed}}}", url, a, false, 404);
        }
        if (ownsA && role == Officer && rule.OtherUnitsTask is { } answer)
        {
            var housing = _world.HousingOfA;
            var url = Fill(path, name => name switch { "taskId" => housing.TaskId, "workItemId" => housing.WorkItemId, _ => Value(a, name, rule) }) + rule.Query;
            yield return new Probe("own matter, another unit's task", url, a, method == "GET" || answer < 300, answer);
        }
    }

    private static string Value(MatterUnderTest matter, string name, ResourceRule rule) =>
        matter.Parameter(name) ?? (rule.Values.TryGetValue(name, out var v) ? v : throw new InvalidOperationException($"no value for {{{name}}}"));

    private static string Fill(string path, Func<string, string> value) =>
        Regex.Replace(path, "\\{\\*{0,2}([^}]+)\\}", m => value(m.Groups[1].Value));

    /// <summary>Sends one probe and checks its answer; the failure, or null.</summary>
    private async Task<string?> RunAsync(string method, Probe probe, ResourceRule rule, string role, HttpClient client)
    {
        var write = method != "GET";
        var snapshot = !write || probe.Passes ? null : probe.Matter is { } target ? () => StatusOfAsync(target) : rule.Snapshot;
        var before = snapshot is null ? null : await snapshot();
        if (probe.Passes && rule.Before is { } setUp)
        {
            await setUp();
        }
        using var request = new HttpRequestMessage(new HttpMethod(method), probe.Url);
        if (method is "POST" or "PUT")
        {
            request.Content = rule.Body switch
            {
                string yaml => DesignerApi.Yaml(yaml),
                { } json => JsonContent.Create(json),
                null => null,
            };
        }
        var response = await client.SendAsync(request);
        var status = (int)response.StatusCode;
        var body = await response.Content.ReadAsStringAsync();
        if (probe.Passes && rule.After is { } putBack)
        {
            await putBack();
        }

        var problems = new List<string>();
        if (status != probe.Status)
        {
            problems.Add($"{status}, expected {probe.Status} ({(probe.Passes ? "own: past the access rules" : "refused")})");
        }
        if (probe.Passes && status == 404 && IsHidingAnswer(body))
        {
            problems.Add("the hiding 404 on the caller's own resource");
        }
        var leaked = Unreadable(role).Where(secret => body.Contains(secret, StringComparison.Ordinal) && !probe.Url.Contains(secret, StringComparison.Ordinal)).ToList();
        if (leaked.Count > 0)
        {
            problems.Add($"the answer carries data of a matter {role} may not read: {string.Join(", ", leaked)}");
        }
        if (snapshot is not null && await snapshot() != before)
        {
            problems.Add("the refused write changed the resource");
        }
        return problems.Count == 0 ? null : $"{string.Join("; ", problems)} — {body[..Math.Min(body.Length, 300)]}";
    }

    /// <summary>The values of the matters a role may not read: B for every actor of the matrix
    /// (its readers are lisi, the Qiuchuan window and the county), A too for those without matters.</summary>
    private IEnumerable<string> Unreadable(string role) =>
        role is Applicant or Officer or Supervisor ? _world.B.Secrets : _world.B.Secrets.Concat(_world.A.Secrets);

    /// <summary>The server's answer for a matter, attachment or document the caller may not see:
    /// the same 404 as for one that does not exist.</summary>
    private static bool IsHidingAnswer(string body) =>
        body.Contains("没有事项 ", StringComparison.Ordinal) || body.Contains("没有附件 ", StringComparison.Ordinal) || body.Contains("没有文书 ", StringComparison.Ordinal);

    /// <summary>The matter as its applicant sees it (version, holders, steps, documents, files):
    /// equal before and after means nothing was written.</summary>
    private static async Task<string> StatusOfAsync(MatterUnderTest matter)
    {
        var response = await matter.Owner.GetAsync($"/api/matters/{matter.Receipt}");
        return $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}";
    }

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
