using OneMatter.Engine.Calendar;
using OneMatter.Engine.Definitions;
using OneMatter.Engine.Simulation;
using OneMatter.Server.Accounts;

namespace OneMatter.Server.Api;

/// <summary>
/// The designer's comparison (issue 6): two published definitions — legacy against reformed rural
/// housing, or a version against the one before — run through the engine's own simulator on the
/// same simulated clock and script, returned as two timelines with their working days. It changes
/// nothing, but like <c>validate</c> it is a designer's tool, so it is for designers only.
/// </summary>
internal static class SimulationCompareEndpoints
{
    private const int MaxIdLength = 100;

    /// <summary>A script longer than this is not a script a designer wrote.</summary>
    private const int MaxScriptLength = 64 * 1024;

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapPost("/api/definitions/compare", Compare).WithTags("Definitions")
            .RequireAuthorization(p => p.RequireRole(Roles.Designer));
    }

    private static IResult Compare(SimulationCompareRequest request, RuntimeHost host)
    {
        var (a, badA) = Resolve(host, request.A, "a");
        if (badA is not null)
        {
            return badA;
        }
        var (b, badB) = Resolve(host, request.B, "b");
        if (badB is not null)
        {
            return badB;
        }
        var (script, badScript) = ReadScript(request.Script);
        if (badScript is not null)
        {
            return badScript;
        }
        var engine = host.Runtime.Engine;
        var simulator = new MatterSimulator(engine, engine.Calendars, id => host.Runtime.Catalog.Latest(id));
        SimulationComparison comparison;
        try
        {
            comparison = SimulationComparison.Run(simulator, a!, b!, script!);
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException)
        {
            // A start or a step the calendar cannot count (past year 9999, a negative limit), or
            // a called matter no longer served: the script or the definitions, not the server.
            return Problems.BadRequest($"模拟无法运行 (the simulation cannot run): {ex.Message}", "script");
        }
        var faster = comparison.Difference switch
        {
            < 0 => "b",
            > 0 => "a",
            _ => null,
        };
        return TypedResults.Ok(new SimulationComparisonDto(Run(comparison.First, engine.Calendars), Run(comparison.Second, engine.Calendars),
            Round(comparison.Difference), faster,
            comparison.Speedup is { } speedup ? Round(speedup) : null));
    }

    /// <summary>The served definition a reference names, or a problem naming the field at fault
    /// (<c>a.id</c>, <c>b.version</c> …): 400 for a missing or malformed value, 404 for one not served.</summary>
    private static (MatterDefinition? Definition, IResult? Problem) Resolve(RuntimeHost host, DefinitionReference? reference, string side)
    {
        var id = reference?.Id;
        if (string.IsNullOrEmpty(id))
        {
            return (null, Problems.BadRequest($"{side}.id: 需要事项标识 (a definition id is required)", $"{side}.id"));
        }
        if (!(id.Length <= MaxIdLength && id[0] is >= 'a' and <= 'z' && id.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-' or '_')))
        {
            return (null, Problems.BadRequest($"{side}.id: a definition id has lower-case letters, digits, \"-\" and \"_\", starting with a letter",
                $"{side}.id"));
        }
        if (reference!.Version is < 1)
        {
            return (null, Problems.BadRequest($"{side}.version: 版本号从 1 开始 (versions start at 1)", $"{side}.version"));
        }
        var catalog = host.Runtime.Catalog;
        // The latest first: an id never published is not looked up version by version (a miss
        // makes the catalog read the store).
        var latest = catalog.Latest(id);
        if (latest is null)
        {
            return (null, NotFound($"没有已发布的事项 {id} (no published definition {id})", $"{side}.id"));
        }
        if (reference.Version is not { } version)
        {
            return (latest, null);
        }
        var definition = version <= latest.Version ? catalog.Find(id, version) : null;
        return definition is null
            ? (null, NotFound($"{id} 没有第 {version} 版 (no version {version} of {id})", $"{side}.version"))
            : (definition, null);
    }

    private static (SimulationScript? Script, IResult? Problem) ReadScript(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return (new SimulationScript(), null);
        }
        if (text.Length > MaxScriptLength)
        {
            return (null, Problems.BadRequest($"script: 模拟脚本最多 {MaxScriptLength} 个字符 (a script has at most {MaxScriptLength} characters)", "script"));
        }
        var (script, errors) = SimulationScriptParser.Parse(text, "script");
        if (script is null)
        {
            var lines = errors.Select(e => $"{e.Line}:{e.Column}: {e.Message}").ToArray();
            return (null, Results.ValidationProblem(new Dictionary<string, string[]> { ["script"] = lines },
                detail: "script: " + string.Join("; ", lines)));
        }
        return (script, null);
    }

    /// <summary>A 404 problem that names the request field whose value was not found.</summary>
    private static IResult NotFound(string what, string field) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: what,
            extensions: new Dictionary<string, object?> { ["field"] = field });

    private static SimulatedRunDto Run(SimulationResult result, IReadOnlyDictionary<string, BusinessCalendar> calendars)
    {
        var definition = result.Definition;
        // The simulator ran on this calendar, so it is there.
        var calendar = calendars[definition.Calendar];
        return new SimulatedRunDto(definition.Id, definition.Version, definition.Name, definition.NameEn, result.Start, result.End,
            Round(result.WorkingDays), Round(result.CalendarDays), result.StepCount, result.ApplicantSteps, result.HolderCount,
            result.Result?.ToString().ToLowerInvariant(), result.Stopped,
            result.Timeline.Select(e => new SimulatedStepDto(e.Node, e.Name, e.Step, e.Holder, e.Units, e.Start, e.End, Round(e.WorkingDays),
                Round(calendar.WorkingDaysBetween(result.Start, e.End)), e.Outcome, e.Late, e.StepEn)).ToList(),
            result.Notes);
    }

    /// <summary>Working days to a hundredth: the calendar counts in minutes, the reader in days.</summary>
    private static double Round(double days) => Math.Round(days, 2);
}
