using System.Globalization;
using OneMatter.Engine.Definitions;
using OneMatter.Engine.Interpreter;
using OneMatter.Engine.Loading;
using OneMatter.Runtime;

namespace OneMatter.Scheduling.Tests.Support;

/// <summary>
/// Two small definitions loaded from YAML against the repository's org directory and calendars:
/// <c>wait</c> (a timer node of a couple of seconds, then a task) and <c>deadline</c> (a task whose
/// deadline of a few seconds warns at half time and is overdue at the end). Durations are in
/// plain hours, so they run on the real clock and tests wait seconds, not hours.
/// </summary>
internal sealed class TimerMatters
{
    /// <summary>The timer node of <c>wait</c>: 0.0006 h = 2.16 s.</summary>
    public const decimal WaitHours = 0.0006m;

    /// <summary>The timer node of <c>wait-long</c>: 0.0012 h = 4.32 s.</summary>
    public const decimal LongWaitHours = 0.0012m;

    /// <summary>The task deadline of <c>deadline</c>: 0.0016 h = 5.76 s (warn at 2.88 s). Warn and
    /// overdue lie 2.88 s apart, well over Hangfire's 1 s polling, so a busy machine does not run both
    /// jobs in one poll (the first would then escalate both rules and the second find nothing to do).</summary>
    public const decimal DeadlineHours = 0.0016m;

    private static readonly Lazy<TimerMatters> Lazy = new(() => new TimerMatters());

    private TimerMatters()
    {
        var workspace = Workspace.Load(Path.Combine(Repo.Root, "workflows"), Path.Combine(Repo.Root, "templates"));
        var context = new LoadContext { Org = workspace.Org, Calendars = workspace.Calendars.Keys.ToHashSet() };
        Engine = new MatterEngine(workspace.Org, workspace.Calendars);
        Catalog = new DefinitionCatalog([
            Load(WaitYaml("wait", WaitHours), "wait", context),
            Load(WaitYaml("wait-long", LongWaitHours), "wait-long", context),
            Load(DeadlineYaml, "deadline", context),
        ]);
    }

    public static TimerMatters Shared => Lazy.Value;

    public MatterEngine Engine { get; }

    public DefinitionCatalog Catalog { get; }

    private static string WaitYaml(string id, decimal hours) => $$"""
        id: {{id}}
        name: 等待测试
        name-en: Wait test
        family: approval
        lead: cs-agriculture
        start: wait
        nodes:
          wait: { type: timer, name: 等待, duration: {{hours.ToString(CultureInfo.InvariantCulture)}} hours, next: review }
          review:
            type: task
            name: 审查
            assignee: cs-housing
            outcomes: { pass: done }
          done: { type: end, name: 准予, result: approved }
        """;

    private static readonly string DeadlineYaml = $$"""
        id: deadline
        name: 时限测试
        name-en: Deadline test
        family: approval
        lead: cs-agriculture
        start: review
        nodes:
          review:
            type: task
            name: 审查
            assignee: cs-housing
            deadline: {{DeadlineHours.ToString(CultureInfo.InvariantCulture)}} hours
            escalation:
              - { at: 50%, do: warn }
              - { at: 100%, do: overdue }
            outcomes: { pass: done }
          done: { type: end, name: 准予, result: approved }
        """;

    private static MatterDefinition Load(string yaml, string id, LoadContext context)
    {
        var result = DefinitionLoader.Load(yaml, id + ".yaml", context);
        Assert.True(result.Success, string.Join(Environment.NewLine, result.Errors));
        return result.Definition!;
    }
}
