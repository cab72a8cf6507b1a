using System.Net.Http.Json;
using System.Text.RegularExpressions;
using OneMatter.Server.Tests.Support;

namespace OneMatter.Server.Tests;

/// <summary>How the resource matrix turns a rule into requests and checks their answers.</summary>
public sealed partial class ResourceMatrixTests
{
    /// <summary>The requests one role makes on one endpoint: on a shared resource one; on a matter
    /// A (own, or not theirs) and B (another's), and where the rule asks, the own matter with
    /// another's document, and the officer's own matter with another unit's task.</summary>
    private IEnumerable<ResourceProbe> Probes(ResourceRule rule, string role, string method, string path)
    {
        var refusal = role == Anonymous ? 401 : rule.Roles.Contains(role) ? (int?)null : 403;
        if (!rule.OfMatter)
        {
            var url = Fill(path, name => rule.Values.TryGetValue(name, out var v) ? v : throw new InvalidOperationException($"{path}: no value for {{{name}}}"))
                + rule.Query;
            yield return refusal is { } refused
                ? new ResourceProbe("shared", url, null, false, refused)
                : new ResourceProbe("shared", url, null, true, rule.Own.TryGetValue(role, out var status) ? status
                    : throw new InvalidOperationException($"{path}: no status for {role}, who may call it")) { Own = true };
            yield break;
        }
        var a = _world.A;
        var ownsA = refusal is null && rule.Own.ContainsKey(role);
        var ownUrl = Fill(path, name => name == "instanceId" && ownsA && rule.OwnInstance is { } own ? own : Value(a, name, rule)) + rule.Query;
        yield return new ResourceProbe(ownsA ? "own" : "A, not theirs", ownUrl, a, ownsA, ownsA ? rule.Own[role] : refusal ?? 404) { Own = ownsA };
        yield return new ResourceProbe("another's", Fill(path, name => Value(_world.B, name, rule)) + rule.Query, _world.B, false, refusal ?? 404);
        if (ownsA && rule.Crossed is { } crossed)
        {
            var url = Fill(path, name => Value(name == crossed ? _world.B : a, name, rule)) + rule.Query;
            yield return new ResourceProbe($"own matter, another's {{{crossed}}}", url, a, false, 404);
        }
        if (ownsA && role == Officer && rule.OtherUnitsTask is { } answer)
        {
            var housing = _world.HousingOfA;
            var url = Fill(path, name => name switch { "taskId" => housing.TaskId, "workItemId" => housing.WorkItemId, _ => Value(a, name, rule) }) + rule.Query;
            yield return new ResourceProbe("own matter, another unit's task", url, a, method == "GET" || answer < 300, answer);
        }
    }

    /// <summary>A path parameter's value: the matter's own ids first, then the rule's values.</summary>
    private static string Value(MatterUnderTest matter, string name, ResourceRule rule) =>
        matter.Parameter(name) ?? (rule.Values.TryGetValue(name, out var v) ? v : throw new InvalidOperationException($"no value for {{{name}}}"));

    /// <summary>The path with every <c>{name}</c> (or catch-all <c>{**name}</c>) replaced.</summary>
    private static string Fill(string path, Func<string, string> value) =>
        Regex.Replace(path, "\\{\\*{0,2}([^}]+)\\}", m => value(m.Groups[1].Value));

    /// <summary>Sends one probe and checks its answer; the failure, or null.</summary>
    private async Task<string?> RunAsync(string method, ResourceProbe probe, ResourceRule rule, string role, HttpClient client)
    {
        var write = method != "GET";
        var snapshot = !write || probe.Passes ? null : probe.Matter is { } target ? () => StatusOfAsync(target) : rule.Snapshot;
        var before = snapshot is null ? null : await snapshot();
        if (probe.Own && rule.Before is { } setUp)
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
        if (probe.Own && rule.After is { } putBack)
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
}
