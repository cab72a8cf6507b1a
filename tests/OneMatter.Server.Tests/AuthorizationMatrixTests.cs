using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using OneMatter.Server.Tests.Support;

namespace OneMatter.Server.Tests;

/// <summary>
/// Every endpoint of the OpenAPI document × every role (and no account): a role the endpoint is
/// not for gets 403 (no account: 401), a role it is for gets past authorisation (whatever the
/// fake ids then give: 404, 400, 409 …), never a 5xx. The endpoints come from the running server's
/// own document, so a new endpoint without a rule here fails the test. Resource-level rules (own
/// vs another's matter, the unit's part in a matter, the jurisdiction) are the whole matrix again
/// with real matters in <see cref="ResourceMatrixTests"/>.
/// </summary>
public sealed class AuthorizationMatrixTests : IClassFixture<ServerFixture>
{
    private const string Anonymous = "(none)";

    private static readonly Dictionary<string, string> AccountOfRole = new()
    {
        ["applicant"] = "zhangsan",
        ["officer"] = "officer.cs-housing",
        ["supervisor"] = "supervisor",
        ["designer"] = "designer",
        ["admin"] = "admin",
    };

    private readonly ServerFixture _server;

    public AuthorizationMatrixTests(ServerFixture server) => _server = server;

    [Fact]
    public async Task EveryEndpoint_AnswersEveryRole_AsItsRuleSays()
    {
        var anonymous = _server.CreateClient();
        var document = await anonymous.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var endpoints = document.GetProperty("paths").EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject().Select(m => (Method: m.Name.ToUpperInvariant(), Path: p.Name)))
            .ToList();
        Assert.True(endpoints.Count > 40, $"only {endpoints.Count} endpoints in the document");

        var clients = new Dictionary<string, HttpClient> { [Anonymous] = anonymous };
        foreach (var (role, account) in AccountOfRole)
        {
            clients[role] = await _server.SignedInAsync(account);
        }

        var failures = new List<string>();
        foreach (var (method, path) in endpoints)
        {
            if (path == "/api/account/sign-out")
            {
                continue; // it would end the shared sessions; covered by its own test
            }
            var allowed = Allowed(method, path);
            foreach (var (role, client) in clients)
            {
                using var request = new HttpRequestMessage(new HttpMethod(method), Concrete(path));
                if (method is "POST" or "PUT")
                {
                    request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
                }
                var status = (int)(await client.SendAsync(request)).StatusCode;
                var expected = allowed.Contains(role) || allowed.Contains("*") || (allowed.Contains("signed-in") && role != Anonymous)
                    ? "past authorisation"
                    : role == Anonymous ? "401" : "403";
                var ok = expected switch
                {
                    "401" => status == 401,
                    "403" => status == 403,
                    _ => status is not (401 or 403) and < 500,
                };
                if (!ok)
                {
                    failures.Add($"{method} {path} as {role}: {status}, expected {expected}");
                }
            }
        }
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public async Task EveryEndpointWithABody_AnswersMalformedBodiesWithA4xxProblem_AsARoleItIsFor()
    {
        var anonymous = _server.CreateClient();
        var document = await anonymous.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var writes = document.GetProperty("paths").EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject().Select(m => (Method: m.Name.ToUpperInvariant(), Path: p.Name)))
            .Where(e => e.Method is "POST" or "PUT" && e.Path != "/api/account/sign-out")
            .ToList();
        var clients = new Dictionary<string, HttpClient> { [Anonymous] = anonymous };
        foreach (var (role, account) in AccountOfRole)
        {
            clients[role] = await _server.SignedInAsync(account);
        }
        string[] bodies = ["{not json", "[]", "42", "\"text\"", "{\"form\": 42, \"outcome\": [], \"yaml\": {}}", "{\"changes\": \"x\", \"fields\": 1}"];

        var failures = new List<string>();
        foreach (var (method, path) in writes)
        {
            var allowed = Allowed(method, path);
            var role = allowed.Contains("*") || allowed.Contains("signed-in") ? "applicant" : allowed[0];
            foreach (var body in bodies)
            {
                using var request = new HttpRequestMessage(new HttpMethod(method), Concrete(path))
                {
                    Content = new StringContent(body, Encoding.UTF8, "application/json"),
                };
                var response = await clients[role].SendAsync(request);
                var status = (int)response.StatusCode;
                if (status is < 400 or >= 500 || response.Content.Headers.ContentType?.MediaType != "application/problem+json")
                {
                    failures.Add($"{method} {path} as {role} with {body}: {status} {response.Content.Headers.ContentType?.MediaType}");
                }
            }
        }
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    /// <summary>Who may call an endpoint: roles, "signed-in" (any account) or "*" (anyone).</summary>
    private static string[] Allowed(string method, string path) => path switch
    {
        "/api/account/sign-in" or "/api/account/antiforgery" or "/api/lookup" or "/api/matters" or "/api/documents/verify" => ["*"],
        "/api/matters/{instanceId}/documents" or "/api/matters/{instanceId}/documents/{number}" => ["signed-in"],
        "/api/account/me" => ["signed-in"],
        "/api/matters/{instanceId}" => ["signed-in"],
        "/api/matters/{instanceId}/attachments" or "/api/attachments/{attachmentId}" => ["signed-in"],
        "/api/attachments" => ["applicant", "officer"],
        _ when path.StartsWith("/api/matters", StringComparison.Ordinal) => ["applicant"],
        _ when path.StartsWith("/api/tasks", StringComparison.Ordinal) => ["officer"],
        _ when path.StartsWith("/api/supervision", StringComparison.Ordinal) => ["supervisor"],
        // The comparison only reads, but runs simulations: a designer's tool, like validate.
        "/api/definitions/compare" => ["designer"],
        _ when path.StartsWith("/api/definitions", StringComparison.Ordinal) => method == "GET" ? ["designer", "admin"] : ["designer"],
        _ when path.StartsWith("/api/org", StringComparison.Ordinal) || path.StartsWith("/api/calendars", StringComparison.Ordinal) => ["signed-in"],
        _ when path.StartsWith("/api/admin/workspace-files", StringComparison.Ordinal) => ["admin"],
        _ => throw new InvalidOperationException($"No access rule for {method} {path}: add one to this test."),
    };

    /// <summary>The path with made-up ids: authorisation is decided before any id is looked up.</summary>
    private static string Concrete(string path) => System.Text.RegularExpressions.Regex.Replace(path, "\\{[^}]+\\}", "zz-none");
}
