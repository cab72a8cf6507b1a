using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OneMatter.Server.Tests.Support;

namespace OneMatter.Server.Tests;

/// <summary>The designer's comparison (POST /api/definitions/compare): two served definitions run
/// through the engine's simulator, side by side; bad references named by field; designers only.</summary>
public sealed class SimulationCompareTests : IClassFixture<ServerFixture>
{
    private readonly ServerFixture _server;

    public SimulationCompareTests(ServerFixture server) => _server = server;

    private static object Legacy => new { id = "rural-housing-legacy" };

    private static object Reformed => new { id = "rural-housing" };

    [Fact]
    public async Task LegacyAgainstReformed_TwoTimelines_TheReformIsFaster()
    {
        var designer = await _server.SignedInAsync("designer");

        var response = await designer.PostAsJsonAsync("/api/definitions/compare", new { a = Legacy, b = Reformed });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var (a, b) = (body.GetProperty("a"), body.GetProperty("b"));
        Assert.Equal("rural-housing-legacy", a.GetProperty("id").GetString());
        Assert.Equal("rural-housing", b.GetProperty("id").GetString());
        Assert.Equal(1, b.GetProperty("version").GetInt32());
        foreach (var run in new[] { a, b })
        {
            Assert.Equal("approved", run.GetProperty("result").GetString());
            Assert.Equal(JsonValueKind.Null, run.GetProperty("stopped").ValueKind);
            var timeline = run.GetProperty("timeline").EnumerateArray().ToList();
            Assert.NotEmpty(timeline);
            // Rows in the order they ended, each with its units and a non-negative span.
            Assert.All(timeline, row =>
            {
                Assert.False(string.IsNullOrEmpty(row.GetProperty("name").GetString()));
                Assert.True(row.GetProperty("end").GetDateTimeOffset() >= row.GetProperty("start").GetDateTimeOffset());
                Assert.True(row.GetProperty("workingDays").GetDouble() >= 0);
            });
            Assert.Contains(timeline, row => row.GetProperty("units").GetArrayLength() > 0);
            Assert.Equal(run.GetProperty("steps").GetInt32(), timeline.Count);
        }
        // The reform: 3 applicant-visible steps instead of 7, within Quzhou's 7–15 working days,
        // several times faster than the sequential procedure.
        Assert.Equal(7, a.GetProperty("applicantSteps").GetInt32());
        Assert.Equal(3, b.GetProperty("applicantSteps").GetInt32());
        var (legacyDays, reformedDays) = (a.GetProperty("workingDays").GetDouble(), b.GetProperty("workingDays").GetDouble());
        Assert.InRange(reformedDays, 7, 15);
        Assert.True(legacyDays > 3 * reformedDays, $"legacy {legacyDays} vs reformed {reformedDays}");
        Assert.Equal("b", body.GetProperty("faster").GetString());
        Assert.Equal(reformedDays - legacyDays, body.GetProperty("difference").GetDouble(), 1);
        Assert.True(body.GetProperty("speedup").GetDouble() > 3);
        // The reformed joint review runs in parallel: two of its rows overlap in time.
        var rows = b.GetProperty("timeline").EnumerateArray()
            .Select(r => (Start: r.GetProperty("start").GetDateTimeOffset(), End: r.GetProperty("end").GetDateTimeOffset())).ToList();
        Assert.Contains(rows, x => rows.Any(y => !x.Equals(y) && x.Start < y.End && y.Start < x.End));
    }

    [Fact]
    public async Task AScript_ChangesTheRun_AndAnExplicitVersionIsUsed()
    {
        var designer = await _server.SignedInAsync("designer");
        var plain = await CompareAsync(designer, new { a = Legacy, b = new { id = "rural-housing", version = 1 } });
        // Every holder takes one working day instead of its full limit.
        var quick = await CompareAsync(designer, new { a = Legacy, b = new { id = "rural-housing", version = 1 }, script = "default:\n  after: 1 working day\n" });

        Assert.Equal(1, quick.GetProperty("b").GetProperty("version").GetInt32());
        Assert.True(quick.GetProperty("a").GetProperty("workingDays").GetDouble() < plain.GetProperty("a").GetProperty("workingDays").GetDouble());
        Assert.True(quick.GetProperty("b").GetProperty("workingDays").GetDouble() < plain.GetProperty("b").GetProperty("workingDays").GetDouble());
    }

    public static TheoryData<string, int, string> BadReferences => new()
    {
        { """{"a": {"id": "no-such-matter"}, "b": {"id": "rural-housing"}}""", 404, "a.id" },
        { """{"a": {"id": "rural-housing-legacy"}, "b": {"id": "no-such-matter"}}""", 404, "b.id" },
        { """{"a": {"id": "rural-housing-legacy"}, "b": {"id": "rural-housing", "version": 99}}""", 404, "b.version" },
        { """{"a": {"id": "rural-housing-legacy", "version": 0}, "b": {"id": "rural-housing"}}""", 400, "a.version" },
        { """{"a": {"id": "Not_An_Id!"}, "b": {"id": "rural-housing"}}""", 400, "a.id" },
        { """{"b": {"id": "rural-housing"}}""", 400, "a.id" },
        { """{"a": {"id": "rural-housing-legacy"}}""", 400, "b.id" },
        { """{"a": {"id": "rural-housing-legacy"}, "b": {"id": "rural-housing"}, "script": "steps: [unclosed"}""", 400, "script" },
        { """{"a": {"id": "rural-housing-legacy"}, "b": {"id": "rural-housing"}, "script": "speed: fast"}""", 400, "script" },
    };

    [Theory]
    [MemberData(nameof(BadReferences))]
    public async Task BadReferencesAndScripts_AreProblemsNamingTheField(string body, int status, string field)
    {
        var designer = await _server.SignedInAsync("designer");

        var response = await designer.PostAsync("/api/definitions/compare", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        var named = problem.TryGetProperty("errors", out var errors) ? errors.EnumerateObject().Select(e => e.Name).Single() : problem.GetProperty("field").GetString();
        Assert.Equal(field, named);
    }

    [Theory]
    [InlineData("officer.cs-housing")]
    [InlineData("zhangsan")]
    [InlineData("supervisor")]
    [InlineData("admin")]
    public async Task NonDesigners_AreForbidden(string user)
    {
        var client = await _server.SignedInAsync(user);

        var response = await client.PostAsJsonAsync("/api/definitions/compare", new { a = Legacy, b = Reformed });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.Unauthorized,
            (await _server.CreateClient().PostAsJsonAsync("/api/definitions/compare", new { a = Legacy, b = Reformed })).StatusCode);
    }

    private static async Task<JsonElement> CompareAsync(HttpClient designer, object body)
    {
        var response = await designer.PostAsJsonAsync("/api/definitions/compare", body);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
