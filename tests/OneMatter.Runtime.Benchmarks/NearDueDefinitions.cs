using System.Globalization;

namespace OneMatter.Runtime.Benchmarks;

/// <summary>
/// The small extra definitions of <c>--timers</c> whose timers fall due shortly after the restart:
/// each is a timer node of a few tens of seconds followed by a task without a deadline, so once
/// the timer fired the instance holds no pending timer and a second firing would be visible as a
/// second <c>TimerElapsed</c>. The durations are plain hours (real clock, no calendar), one
/// definition per step across the window, so instances started together fall due spread out
/// rather than all in the same second.
/// </summary>
internal static class NearDueDefinitions
{
    /// <summary>The id of the definition for step <paramref name="step"/>.</summary>
    public static string Id(int step) => "bench-timer-" + step.ToString("00", CultureInfo.InvariantCulture);

    /// <summary>YAML for <paramref name="steps"/> definitions whose timers run from
    /// <paramref name="lead"/> to <paramref name="lead"/> + <paramref name="window"/> after their start.</summary>
    public static IReadOnlyList<string> Yaml(TimeSpan lead, TimeSpan window, int steps)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(steps, 2);
        var list = new List<string>(steps);
        for (var step = 0; step < steps; step++)
        {
            var seconds = lead.TotalSeconds + window.TotalSeconds * step / (steps - 1);
            // Hours with 7 decimals: 0.36 ms resolution, far below what is measured.
            var hours = Math.Round((decimal)seconds / 3600m, 7);
            list.Add($$"""
                id: {{Id(step)}}
                name: 定时测试
                name-en: Timer benchmark
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
                """);
        }
        return list;
    }
}
