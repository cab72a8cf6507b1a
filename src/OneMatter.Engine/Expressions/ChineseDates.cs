using System.Globalization;

namespace OneMatter.Engine.Expressions;

/// <summary>
/// How documents and messages print dates: the way Chinese documents write them
/// (<c>2026年3月2日</c>, with <c>14:05</c> when the time matters), never with English month names
/// or .NET's invariant formats. An instant (a UTC <see cref="DateTime"/>, which is what a
/// <see cref="DateTimeOffset"/> in the scope becomes) is shown in the scope's time zone, so
/// <c>instance.started</c> at 00:30 Beijing time prints that day and not the UTC day before; a
/// plain date or wall time (a form's <c>2026-03-16</c>) prints as written.
/// </summary>
internal static class ChineseDates
{
    /// <summary>China Standard Time (UTC+8, no daylight saving), the zone of every shipped calendar.</summary>
    public static TimeZoneInfo ChinaStandardTime { get; } =
        TimeZoneInfo.TryFindSystemTimeZoneById("Asia/Shanghai", out TimeZoneInfo? zone)
            ? zone
            : TimeZoneInfo.CreateCustomTimeZone("Asia/Shanghai", TimeSpan.FromHours(8), "China Standard Time", "China Standard Time");

    /// <summary><c>yyyy年M月d日</c>, or <c>yyyy年M月d日 HH:mm</c> with <paramref name="withTime"/>.</summary>
    public static string Format(DateTime value, TimeZoneInfo zone, bool withTime)
    {
        DateTime local = value.Kind == DateTimeKind.Utc ? TimeZoneInfo.ConvertTimeFromUtc(value, zone) : value;
        return local.ToString(withTime ? "yyyy年M月d日 HH:mm" : "yyyy年M月d日", CultureInfo.InvariantCulture);
    }
}
