using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace OneMatter.Engine.Expressions;

/// <summary>
/// The members a script may read on a date: <c>year</c>, <c>month</c>, <c>day</c>,
/// <c>day_of_year</c>, <c>day_of_week</c> (1 = Monday … 7 = Sunday), <c>hour</c>, <c>minute</c>,
/// <c>second</c>, <c>millisecond</c>. Written by hand instead of Scriban's reflection accessor so
/// that no other <see cref="DateTime"/> member is reachable.
/// </summary>
internal sealed class DateMemberAccessor : IObjectAccessor
{
    public static readonly DateMemberAccessor Instance = new();

    private static readonly string[] Names =
        ["year", "month", "day", "day_of_year", "day_of_week", "hour", "minute", "second", "millisecond"];

    public bool HasIndexer => false;

    public Type? IndexType => null;

    public int GetMemberCount(TemplateContext context, SourceSpan span, object target) => Names.Length;

    public IEnumerable<string> GetMembers(TemplateContext context, SourceSpan span, object target) => Names;

    public bool HasMember(TemplateContext context, SourceSpan span, object target, string member) =>
        Array.IndexOf(Names, member) >= 0;

    public bool TryGetValue(TemplateContext context, SourceSpan span, object target, string member, out object? value)
    {
        var date = (DateTime)target;
        value = member switch
        {
            "year" => (object)date.Year,
            "month" => date.Month,
            "day" => date.Day,
            "day_of_year" => date.DayOfYear,
            "day_of_week" => date.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)date.DayOfWeek,
            "hour" => date.Hour,
            "minute" => date.Minute,
            "second" => date.Second,
            "millisecond" => date.Millisecond,
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
