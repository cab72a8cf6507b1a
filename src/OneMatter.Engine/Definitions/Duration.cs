using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace OneMatter.Engine.Definitions;

/// <summary>
/// A time limit as a process designer writes it: "15 working days", "3 days", "4 working hours",
/// "2 hours", or in Chinese "15个工作日", "3天", "4工作小时", "2小时".
/// </summary>
/// <remarks>
/// A value made by <see cref="TryParse"/> always has an amount greater than zero, and a whole
/// amount for <see cref="DurationUnit.WorkingDays"/> and <see cref="DurationUnit.CalendarDays"/>.
/// The positional constructor does not check this; the calendar rejects invalid values when used.
/// </remarks>
/// <param name="Amount">How many units; whole for days, may be fractional for hours.</param>
/// <param name="Unit">How the amount is counted against the calendar.</param>
public readonly record struct Duration(decimal Amount, DurationUnit Unit)
{
    /// <summary>The largest amount accepted by <see cref="TryParse"/>, whatever the unit.</summary>
    public const decimal MaxAmount = 100_000m;

    private const string EnglishHint = "write it like \"15 working days\", \"3 days\", \"4 working hours\" or \"2 hours\"";
    private const string ChineseHint = "write it like \"15个工作日\", \"3天\", \"4工作小时\" or \"2小时\"";

    // Keys are normalised by NormalizeUnit: lower case, single spaces, no spaces around Chinese text.
    private static readonly FrozenDictionary<string, DurationUnit> Units = new Dictionary<string, DurationUnit>
    {
        ["working day"] = DurationUnit.WorkingDays,
        ["working days"] = DurationUnit.WorkingDays,
        ["工作日"] = DurationUnit.WorkingDays,
        ["个工作日"] = DurationUnit.WorkingDays,
        ["day"] = DurationUnit.CalendarDays,
        ["days"] = DurationUnit.CalendarDays,
        ["calendar day"] = DurationUnit.CalendarDays,
        ["calendar days"] = DurationUnit.CalendarDays,
        ["天"] = DurationUnit.CalendarDays,
        ["自然日"] = DurationUnit.CalendarDays,
        ["个自然日"] = DurationUnit.CalendarDays,
        ["working hour"] = DurationUnit.WorkingHours,
        ["working hours"] = DurationUnit.WorkingHours,
        ["工作小时"] = DurationUnit.WorkingHours,
        ["个工作小时"] = DurationUnit.WorkingHours,
        ["hour"] = DurationUnit.Hours,
        ["hours"] = DurationUnit.Hours,
        ["小时"] = DurationUnit.Hours,
        ["个小时"] = DurationUnit.Hours,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>
    /// Reads a duration written by a process designer. Case-insensitive, tolerant of extra
    /// whitespace, singular or plural. Never throws.
    /// </summary>
    /// <param name="text">The text from the definition file, e.g. "15 working days".</param>
    /// <param name="duration">The duration read, or <c>default</c> when the text is not valid.</param>
    /// <param name="error">Empty on success; otherwise a message that quotes the text and shows how to write it.</param>
    /// <returns><c>true</c> when <paramref name="text"/> is a valid duration.</returns>
    public static bool TryParse(string? text, out Duration duration, out string error)
    {
        duration = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            error = "a duration is required: " + EnglishHint;
            return false;
        }

        string trimmed = text.Trim();
        string hint = HasChinese(trimmed) ? ChineseHint : EnglishHint;
        int numberLength = NumberPrefixLength(trimmed);
        if (!decimal.TryParse(trimmed.AsSpan(0, numberLength), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out decimal amount)
            || !Units.TryGetValue(NormalizeUnit(trimmed[numberLength..]), out DurationUnit unit))
        {
            error = $"\"{trimmed}\" is not a duration: {hint}";
            return false;
        }

        error = amount switch
        {
            <= 0 => $"\"{trimmed}\" is not a duration: the amount must be greater than zero",
            > MaxAmount => $"\"{trimmed}\" is not a duration: the amount can be at most {MaxAmount.ToString(CultureInfo.InvariantCulture)}",
            _ when decimal.Truncate(amount) != amount && unit == DurationUnit.WorkingDays =>
                $"\"{trimmed}\" is not a duration: working days are counted whole, so write a whole number like \"2 working days\" (or use working hours for part of a day)",
            _ when decimal.Truncate(amount) != amount && unit == DurationUnit.CalendarDays =>
                $"\"{trimmed}\" is not a duration: calendar days are counted whole, so write a whole number like \"2 days\" (or use hours for part of a day)",
            _ => string.Empty,
        };
        if (error.Length > 0)
        {
            return false;
        }

        duration = new Duration(amount, unit);
        return true;
    }

    /// <summary>
    /// The canonical text, which <see cref="TryParse"/> reads back to an equal value:
    /// "15 working days", "1 calendar day", "4 working hours", "1.5 hours".
    /// </summary>
    public override string ToString()
    {
        // "0.####..." drops trailing zeros (1.50 → 1.5) without ever switching to exponent notation.
        string amount = Amount.ToString("0.############################", CultureInfo.InvariantCulture);
        bool one = Amount == 1m;
        string unit = Unit switch
        {
            DurationUnit.WorkingDays => one ? "working day" : "working days",
            DurationUnit.CalendarDays => one ? "calendar day" : "calendar days",
            DurationUnit.WorkingHours => one ? "working hour" : "working hours",
            DurationUnit.Hours => one ? "hour" : "hours",
            _ => Unit.ToString(),
        };
        return amount + " " + unit;
    }

    private static int NumberPrefixLength(string text)
    {
        int i = text.Length > 0 && (text[0] == '+' || text[0] == '-') ? 1 : 0;
        while (i < text.Length && (char.IsAsciiDigit(text[i]) || text[i] == '.'))
        {
            i++;
        }

        return i;
    }

    private static string NormalizeUnit(string unit)
    {
        var builder = new StringBuilder(unit.Length);
        foreach (string word in unit.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            // Chinese is written without spaces, so "15 个 工作日" collapses to "个工作日".
            if (builder.Length > 0 && !HasChinese(word))
            {
                builder.Append(' ');
            }

            builder.Append(word.ToLowerInvariant());
        }

        return builder.ToString();
    }

    private static bool HasChinese(string text)
    {
        foreach (char c in text)
        {
            if (c >= '\u3400' && c <= '\u9FFF')
            {
                return true;
            }
        }

        return false;
    }
}
