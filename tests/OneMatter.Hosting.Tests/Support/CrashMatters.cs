using System.Globalization;

namespace OneMatter.Hosting.Tests.Support;

/// <summary>
/// The test-only definitions the crash test drives, as YAML for <see cref="RuntimeOptions.ExtraDefinitions"/>:
/// <c>crash-review</c> (one task, completed with <c>pass</c>) for command load, and <c>crash-wait</c>
/// (a timer of about two seconds, then that task) for timers that fall due while the node is down.
/// Durations are in plain hours so they run on the real clock.
/// </summary>
internal static class CrashMatters
{
    public const string Review = "crash-review";

    public const string Wait = "crash-wait";

    /// <summary>0.0006 h = 2.16 s: long enough to kill the node before it fires, short enough to wait for.</summary>
    public const decimal WaitHours = 0.0006m;

    /// <summary>The officer who completes the review task, and the unit it is assigned to.</summary>
    public const string Officer = "officer.cs-housing";

    public const string Unit = "cs-housing";

    public static string ReviewYaml { get; } = """
        id: crash-review
        name: 审查测试
        name-en: Review test
        family: approval
        lead: cs-agriculture
        start: review
        nodes:
          review:
            type: task
            name: 审查
            assignee: cs-housing
            outcomes: { pass: done }
          done: { type: end, name: 准予, result: approved }
        """;

    public static string WaitYaml { get; } = WaitYamlFor(Wait, WaitHours);

    /// <summary>A matter like <c>crash-wait</c> under another id and with another timer length.</summary>
    public static string WaitYamlFor(string id, decimal hours) => $$"""
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

    /// <summary>Writes both definitions into <paramref name="folder"/> and returns their files.</summary>
    public static IReadOnlyList<string> WriteTo(string folder)
    {
        var review = Path.Combine(folder, Review + ".yaml");
        var wait = Path.Combine(folder, Wait + ".yaml");
        File.WriteAllText(review, ReviewYaml);
        File.WriteAllText(wait, WaitYaml);
        return [review, wait];
    }
}
