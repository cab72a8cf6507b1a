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
public sealed partial class ResourceMatrixTests : IClassFixture<ResourceMatrixFixture>
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
}
