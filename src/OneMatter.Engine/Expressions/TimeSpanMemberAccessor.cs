using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace OneMatter.Engine.Expressions;

/// <summary>
/// The members a script may read on a timespan (what <c>date1 - date2</c> gives): <c>days</c>,
/// <c>hours</c>, <c>minutes</c>, <c>seconds</c>, <c>milliseconds</c> and their <c>total_</c>
/// forms. Hand-written so that no other <see cref="TimeSpan"/> member is reachable.
/// </summary>
internal sealed class TimeSpanMemberAccessor : IObjectAccessor
{
    public static readonly TimeSpanMemberAccessor Instance = new();

    private static readonly string[] Names =
    [
        "days", "hours", "minutes", "seconds", "milliseconds",
        "total_days", "total_hours", "total_minutes", "total_seconds", "total_milliseconds",
    ];

    public bool HasIndexer => false;

    public Type? IndexType => null;

    public int GetMemberCount(TemplateContext context, SourceSpan span, object target) => Names.Length;

    public IEnumerable<string> GetMembers(TemplateContext context, SourceSpan span, object target) => Names;

    public bool HasMember(TemplateContext context, SourceSpan span, object target, string member) =>
        Array.IndexOf(Names, member) >= 0;

    public bool TryGetValue(TemplateContext context, SourceSpan span, object target, string member, out object? value)
    {
        var duration = (TimeSpan)target;
        value = member switch
        {
            "days" => (object)duration.Days,
            "hours" => (object)duration.Hours,
            "minutes" => (object)duration.Minutes,
            "seconds" => (object)duration.Seconds,
            "milliseconds" => (object)duration.Milliseconds,
            "total_days" => (object)duration.TotalDays,
            "total_hours" => (object)duration.TotalHours,
            "total_minutes" => (object)duration.TotalMinutes,
            "total_seconds" => (object)duration.TotalSeconds,
            "total_milliseconds" => (object)duration.TotalMilliseconds,
            _ => null,
        };
        return value is not null;
    }

    public bool TrySetValue(TemplateContext context, SourceSpan span, object target, string member, object? value) => false;

    public bool TryGetItem(TemplateContext context, SourceSpan span, object target, object index, out object? value)
    {
        value = null;
        return false;
    }

    public bool TrySetItem(TemplateContext context, SourceSpan span, object target, object index, object? value) => false;
}
