using System.Globalization;
using System.Security.Claims;
using OneMatter.Engine.Calendar;
using OneMatter.Engine.Commands;
using OneMatter.Server.Accounts;
using OneMatter.Storage;
using OneMatter.Storage.Entities;

namespace OneMatter.Server.Api;

/// <summary>
/// The command centre (指挥中心): live matters, warnings and overdue items, 催办 and 督办, unit
/// statistics and appraisal inputs, all within the supervisor's jurisdiction claim (<c>*</c> = the
/// whole county, else a township or zone and every place inside it). A matter outside it is
/// answered as not found, as in <see cref="MatterAccess"/>.
/// </summary>
internal static partial class SupervisionEndpoints
{
    /// <summary>What <c>score-inputs</c> returns, stated in the answer itself.</summary>
    public const string ScoreBasis =
        "The domain brief names a four-dimension staff score (post, module, team, task-force points) but no formula or inputs, and the engine "
        + "records none of those dimensions. Returned instead: per unit, completions, on-time rate, overdue count (late completions plus open "
        + "overdue work), supervised count (督办 by a supervisor or an escalation rule), urged count (催办) and satisfaction answers of the "
        + "matters it leads; per officer, completions on time and late. Periods filter by the instant of each event.";

    public static void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/supervision").WithTags("Supervision").RequireAuthorization(p => p.RequireRole(Roles.Supervisor));
        group.MapGet("/matters", MattersAsync);
        group.MapGet("/alerts", AlertsAsync);
        group.MapPost("/tasks/{instanceId}/{taskId}/urge", (string instanceId, string taskId, SupervisionMessageRequest? request, ClaimsPrincipal user,
            RuntimeHost host, CancellationToken ct) =>
            ActAsync(instanceId, user, host, u => new UrgeTask { Actor = u.Actor, TaskId = taskId, Message = request?.Message }, ct));
        group.MapPost("/tasks/{instanceId}/{taskId}/supervise", (string instanceId, string taskId, SuperviseRequest? request, ClaimsPrincipal user,
            RuntimeHost host, CancellationToken ct) =>
            ActAsync(instanceId, user, host, u => new SuperviseTask { Actor = u.Actor, TaskId = taskId, Message = request?.Message, Document = request?.Document }, ct));
        group.MapGet("/units", UnitsAsync);
        group.MapGet("/score-inputs", ScoreInputsAsync);
        group.MapGet("/trend", TrendAsync);
    }

    private static async Task<IResult> MattersAsync(ClaimsPrincipal principal, RuntimeHost host, TimeProvider time, string? definition, string? status,
        string? jurisdiction, bool? overdue, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        var user = CurrentUser.From(principal)!;
        if (Scope(user, jurisdiction, host) is not { } scope)
        {
            return Problems.BadRequest($"jurisdiction \"{jurisdiction}\" is unknown or outside yours", "jurisdiction");
        }
        string? wanted = null;
        if (status is not null)
        {
            wanted = status.ToLowerInvariant() switch { "running" => "Running", "ended" => "Ended", "all" => null, _ => "?" };
            if (wanted == "?")
            {
                return Problems.BadRequest("status must be one of running, ended, all", "status");
            }
        }
        else
        {
            wanted = "Running"; // the command centre watches live matters unless asked otherwise
        }
        var (p, size) = MatterEndpoints.Paging(page, pageSize);
        var now = time.GetUtcNow();
        var reads = Reads(host);
        var (counts, rows, total) = await reads.MattersAsync(scope.Places, definition, wanted, overdue ?? false, now, (p - 1) * size, size, cancellationToken)
            .ConfigureAwait(false);
        var open = (await reads.OpenTasksOfAsync(rows.Select(r => r.Id).ToList(), cancellationToken).ConfigureAwait(false))
            .ToLookup(t => t.InstanceId, StringComparer.Ordinal);
        var org = host.Runtime.Engine.Org;
        var catalog = host.Runtime.Catalog;
        var items = rows.Select(r =>
        {
            var tasks = open[r.Id].ToList();
            return new SupervisedMatterDto(r.Id, r.DefinitionId, catalog.Find(r.DefinitionId, r.DefinitionVersion)?.Name ?? r.DefinitionId, r.Status, r.Result,
                r.Jurisdiction, r.Jurisdiction is { } j ? org.FindJurisdiction(j)?.Name : null, r.LeadUnit, r.LeadUnit is { } l ? org.FindUnit(l)?.Name : null,
                MatterEndpoints.Utc(r.StartedUtcTicks), r.EndedUtcTicks is { } e ? MatterEndpoints.Utc(e) : null,
                tasks.Select(t => t.Unit).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(),
                tasks.Select(t => t.TaskId).Distinct(StringComparer.Ordinal).Count(), tasks.Count(t => t.Warned), tasks.Count(t => IsOverdue(t, now)),
                tasks.Where(t => t.Supervised).Select(t => t.TaskId).Distinct(StringComparer.Ordinal).Count(),
                tasks.GroupBy(t => t.TaskId).Sum(g => g.Max(t => t.Urged)), catalog.Find(r.DefinitionId, r.DefinitionVersion)?.NameEn);
        }).ToList();
        var countDtos = counts.Select(c => new MatterCountDto(c.DefinitionId, catalog.Latest(c.DefinitionId)?.Name ?? c.DefinitionId, c.Status, c.Count)).ToList();
        return TypedResults.Ok(new SupervisionMattersDto(countDtos, new PageDto<SupervisedMatterDto>(items, total, p, size)));
    }

    private static async Task<IResult> AlertsAsync(ClaimsPrincipal principal, RuntimeHost host, TimeProvider time,
        string? level, string? unit, string? definition, string? jurisdiction, int? page, int? pageSize,
        CancellationToken cancellationToken)
    {
        var user = CurrentUser.From(principal)!;
        if (Scope(user, jurisdiction, host) is not { } scope)
        {
            return Problems.BadRequest($"jurisdiction \"{jurisdiction}\" is unknown or outside yours", "jurisdiction");
        }
        if (level is not (null or "all" or "overdue" or "warning"))
        {
            return Problems.BadRequest("level must be one of all, warning, overdue", "level");
        }
        var (p, size) = MatterEndpoints.Paging(page, pageSize);
        var now = time.GetUtcNow();
        var (rows, total) = await Reads(host).AlertsAsync(scope.Places, level switch { "overdue" => true, "warning" => false, _ => null }, unit, definition, now, (p - 1) * size, size, cancellationToken)
            .ConfigureAwait(false);
        var org = host.Runtime.Engine.Org;
        var calendars = CalendarDirectory.Of(host);
        var items = rows.Select(x =>
        {
            var (t, i) = x;
            var matter = host.Runtime.Catalog.Find(i.DefinitionId, i.DefinitionVersion);
            var overdue = IsOverdue(t, now);
            DateTimeOffset? due = t.DueUtcTicks is { } d ? MatterEndpoints.Utc(d) : null;
            double? late = overdue && due is { } dd && dd < now
                ? (matter is not null && calendars.TryGetValue(matter.Calendar, out var calendar) ? calendar.WorkingDaysBetween(dd, now) : (now - dd).TotalDays)
                : null;
            return new AlertDto(t.InstanceId, t.TaskId, t.WorkItemId, t.Node, matter?.Nodes.GetValueOrDefault(t.Node)?.Name ?? t.Node, i.DefinitionId,
                matter?.Name ?? i.DefinitionId, t.Unit, t.Unit is { } u ? org.FindUnit(u)?.Name : null, t.ClaimedBy, overdue ? "overdue" : "warning",
                MatterEndpoints.Utc(t.CreatedUtcTicks), due, late is { } l ? Math.Round(l, 2) : null, t.Warned, t.Overdue, t.Supervised, t.Urged,
                matter?.SupervisionDocument(t.Node), matter?.NameEn, matter?.Nodes.GetValueOrDefault(t.Node)?.NameEn);
        }).ToList();
        return TypedResults.Ok(new PageDto<AlertDto>(items, total, p, size));
    }

    private static async Task<IResult> UnitsAsync(ClaimsPrincipal principal, RuntimeHost host, TimeProvider time,
        string? from, string? to, string? unit, string? kind, string? jurisdiction, CancellationToken cancellationToken)
    {
        var user = CurrentUser.From(principal)!;
        if (Scope(user, jurisdiction, host) is not { } scope)
        {
            return Problems.BadRequest($"jurisdiction \"{jurisdiction}\" is unknown or outside yours", "jurisdiction");
        }
        if (Period(from, to) is not { } period)
        {
            return Problems.BadRequest("from and to are dates (yyyy-MM-dd), from before to", "from");
        }
        var (stats, backlog) = await FoldAsync(host, scope, period, cancellationToken).ConfigureAwait(false);
        var now = time.GetUtcNow();
        var org = host.Runtime.Engine.Org;
        var units = stats.Completions.Select(c => c.Unit).Concat(backlog.Select(t => t.Unit).OfType<string>()).Concat(stats.Urged.Keys)
            .Concat(stats.Supervised.Keys).Distinct(StringComparer.Ordinal)
            .Where(u => unit is null || u == unit)
            .Where(u => kind is null || org.FindUnit(u)?.Kind == kind)
            .Order(StringComparer.Ordinal);
        var rows = units.Select(u =>
        {
            var done = stats.Completions.Where(c => c.Unit == u).ToList();
            var timed = done.Where(c => c.Due is not null).ToList();
            var onTime = timed.Count(c => c.Done <= c.Due);
            var open = backlog.Where(t => t.Unit == u).ToList();
            var found = org.FindUnit(u);
            return new UnitStatisticsDto(u, found?.Name, found?.Kind, found?.Jurisdiction, done.Count, timed.Count, onTime,
                timed.Count == 0 ? null : Math.Round((double)onTime / timed.Count, 4),
                done.Count == 0 ? null : Math.Round(done.Average(c => c.WorkingDays), 2),
                open.Count, open.Count(t => IsOverdue(t, now)), stats.Urged.GetValueOrDefault(u), stats.Supervised.GetValueOrDefault(u));
        }).ToList();
        return TypedResults.Ok(rows);
    }

    private static async Task<IResult> ScoreInputsAsync(ClaimsPrincipal principal, RuntimeHost host, TimeProvider time,
        string? from, string? to, string? jurisdiction, CancellationToken cancellationToken)
    {
        var user = CurrentUser.From(principal)!;
        if (Scope(user, jurisdiction, host) is not { } scope)
        {
            return Problems.BadRequest($"jurisdiction \"{jurisdiction}\" is unknown or outside yours", "jurisdiction");
        }
        if (Period(from, to) is not { } period)
        {
            return Problems.BadRequest("from and to are dates (yyyy-MM-dd), from before to", "from");
        }
        var (stats, backlog) = await FoldAsync(host, scope, period, cancellationToken).ConfigureAwait(false);
        var now = time.GetUtcNow();
        var org = host.Runtime.Engine.Org;
        var units = stats.Completions.Select(c => c.Unit).Concat(backlog.Select(t => t.Unit).OfType<string>()).Concat(stats.Supervised.Keys)
            .Concat(stats.Urged.Keys).Concat(stats.Satisfaction.Keys).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Select(u =>
            {
                var timed = stats.Completions.Where(c => c.Unit == u && c.Due is not null).ToList();
                var late = timed.Count(c => c.Done > c.Due);
                var answers = stats.Satisfaction.GetValueOrDefault(u) ?? [];
                int Answer(string key) => answers.GetValueOrDefault(key);
                var asked = Answer("satisfied") + Answer("basic") + Answer("unsatisfied");
                return new UnitScoreInputDto(u, org.FindUnit(u)?.Name, stats.Completions.Count(c => c.Unit == u),
                    timed.Count == 0 ? null : Math.Round((double)(timed.Count - late) / timed.Count, 4),
                    late + backlog.Count(t => t.Unit == u && IsOverdue(t, now)), stats.Supervised.GetValueOrDefault(u), stats.Urged.GetValueOrDefault(u),
                    new SatisfactionDto(Answer("satisfied"), Answer("basic"), Answer("unsatisfied"),
                        asked == 0 ? null : Math.Round((double)(Answer("satisfied") + Answer("basic")) / asked, 4)));
            }).ToList();
        var officers = stats.Completions.GroupBy(c => (c.User, c.Unit)).OrderBy(g => g.Key.Unit, StringComparer.Ordinal).ThenBy(g => g.Key.User, StringComparer.Ordinal)
            .Select(g => new OfficerScoreInputDto(g.Key.User, g.Key.Unit, g.Count(), g.Count(c => c.Due is not null && c.Done <= c.Due),
                g.Count(c => c.Due is not null && c.Done > c.Due), Math.Round(g.Average(c => c.WorkingDays), 2)))
            .ToList();
        return TypedResults.Ok(new ScoreInputsDto(ScoreBasis, period.From, period.To, units, officers));
    }

    private static async Task<(UnitStatistics Stats, IReadOnlyList<TaskRow> Backlog)> FoldAsync(RuntimeHost host, (IReadOnlyCollection<string>? Places, string? Area) scope,
        (DateTimeOffset? From, DateTimeOffset? To) period, CancellationToken cancellationToken)
    {
        var reads = Reads(host);
        // Events of the whole log, not just the period: a completion in the period needs the
        // creation (possibly earlier) of its task; the fold filters completions by instant.
        var events = await reads.EventsAsync(scope.Places, [.. SupervisionReadModel.StatisticsEventTypes], null, null, cancellationToken).ConfigureAwait(false);
        var instances = await reads.InstancesAsync(scope.Places, cancellationToken).ConfigureAwait(false);
        var backlog = await reads.BacklogAsync(scope.Places, cancellationToken).ConfigureAwait(false);
        var calendars = CalendarDirectory.Of(host);
        BusinessCalendar? CalendarOf(MatterInstance i) =>
            host.Runtime.Catalog.Find(i.DefinitionId, i.DefinitionVersion) is { } d ? calendars.GetValueOrDefault(d.Calendar) : null;
        return (UnitStatistics.Fold(events, instances, CalendarOf, period.From, period.To), backlog.Where(t => !t.ForApplicant).ToList());
    }

    /// <summary>Dates of China time (the county's offices), <c>to</c> inclusive.</summary>
    private static (DateTimeOffset? From, DateTimeOffset? To)? Period(string? from, string? to)
    {
        var china = TimeSpan.FromHours(8);
        DateTimeOffset? start = null, end = null;
        if (from is not null)
        {
            if (!DateOnly.TryParseExact(from, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var f))
            {
                return null;
            }
            start = new DateTimeOffset(f.ToDateTime(TimeOnly.MinValue), china);
        }
        if (to is not null)
        {
            if (!DateOnly.TryParseExact(to, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var t))
            {
                return null;
            }
            end = new DateTimeOffset(t.AddDays(1).ToDateTime(TimeOnly.MinValue), china);
        }
        return start is not null && end is not null && start >= end ? null : (start, end);
    }

    /// <summary>The places the supervisor may see, narrowed to <paramref name="jurisdiction"/> if
    /// asked: null Places = everything (the county claim <c>*</c>). Null when the asked place is
    /// unknown or outside the claim.</summary>
    private static (IReadOnlyCollection<string>? Places, string? Area)? Scope(CurrentUser user, string? jurisdiction, RuntimeHost host)
    {
        var org = host.Runtime.Engine.Org;
        var claim = user.Jurisdiction;
        if (jurisdiction is not null)
        {
            if (org.FindJurisdiction(jurisdiction) is null || !(claim == "*" || (claim is not null && org.Contains(claim, jurisdiction))))
            {
                return null;
            }
            claim = jurisdiction;
        }
        if (claim == "*")
        {
            return (null, null);
        }
        if (claim is null)
        {
            return ([], null); // a supervisor without a claim sees nothing
        }
        return (org.Jurisdictions.Where(j => org.Contains(claim, j.Id)).Select(j => j.Id).ToHashSet(StringComparer.Ordinal), claim);
    }

    internal static bool IsOverdue(TaskRow t, DateTimeOffset now) => t.Overdue || (t.DueUtcTicks is { } due && due < now.UtcTicks);

    // One read model per storage, shared: it only holds a context pool.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<RuntimeHost, SupervisionReadModel> ReadModels = new();

    private static SupervisionReadModel Reads(RuntimeHost host) => ReadModels.GetValue(host, h => new SupervisionReadModel(h.Storage));

    /// <summary>Checks the matter lies within the supervisor's jurisdiction (else 404), then submits.</summary>
    private static async Task<IResult> ActAsync(string instanceId, ClaimsPrincipal principal, RuntimeHost host, Func<CurrentUser, MatterCommand> command,
        CancellationToken cancellationToken)
    {
        var user = CurrentUser.From(principal)!;
        var row = await host.Reads.InstanceAsync(instanceId, cancellationToken).ConfigureAwait(false);
        if (row is null || !await MatterAccess.CanReadAsync(user, row, host.Reads, host.Runtime.Engine.Org, cancellationToken).ConfigureAwait(false))
        {
            return Problems.NotFound($"没有事项 {instanceId} (no matter {instanceId})");
        }
        return await TaskActionEndpoints.SubmitAsync(instanceId, host, command(user), cancellationToken).ConfigureAwait(false);
    }
}
