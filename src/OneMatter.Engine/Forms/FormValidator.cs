using System.Collections.Concurrent;
using OneMatter.Engine.Instances;
using System.Globalization;
using System.Text.RegularExpressions;
using OneMatter.Engine.Definitions;
using OneMatter.Engine.Organisation;

namespace OneMatter.Engine.Forms;

/// <summary>
/// Checks submitted values against field declarations and turns them into canonical strings
/// (invariant numbers, ISO dates, <c>;</c>-joined multiples). Reports every bad field at once.
/// </summary>
public static partial class FormValidator
{
    private static readonly string[] LevelNames = Enum.GetNames<OrgLevel>();

    private static readonly ConcurrentDictionary<string, Regex> Patterns = new(StringComparer.Ordinal);

    /// <summary>Validates <paramref name="values"/> against <paramref name="fields"/>; unknown
    /// keys are errors. Returns the canonical values (empty values dropped) and the errors.</summary>
    public static (ValueMap<string> Values, IReadOnlyList<FieldError> Errors) Validate(
        IReadOnlyList<FormField> fields, IReadOnlyDictionary<string, string?> values, OrgDirectory org)
    {
        List<FieldError>? errors = null;
        var result = new KeyValuePair<string, string>[fields.Count];
        var count = 0;
        foreach (var key in values.Keys)
        {
            if (!Declares(fields, key))
            {
                (errors ??= []).Add(new FieldError(key, $"没有这个字段 (unknown field \"{key}\")"));
            }
        }
        for (var f = 0; f < fields.Count; f++)
        {
            var field = fields[f];
            values.TryGetValue(field.Id, out var raw);
            var text = raw?.Trim();
            if (string.IsNullOrEmpty(text))
            {
                if (field.Required)
                {
                    (errors ??= []).Add(new FieldError(field.Id, $"{field.Label}为必填项 (required)"));
                }
                continue;
            }
            var (canonical, error) = CheckValue(field, text, org);
            if (error is not null)
            {
                (errors ??= []).Add(new FieldError(field.Id, $"{field.Label}: {error}"));
            }
            else
            {
                result[count++] = new(field.Id, canonical!);
            }
        }
        if (errors is not null)
        {
            return (ValueMap<string>.Empty, errors);
        }
        return (ValueMap<string>.FromOwned(result, count), []);
    }

    private static bool Declares(IReadOnlyList<FormField> fields, string key)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (fields[i].Id == key)
            {
                return true;
            }
        }
        return false;
    }

    private static (string? Value, string? Error) CheckValue(FormField field, string text, OrgDirectory org) => field.Type switch
    {
        FieldType.Text => CheckText(field, text),
        FieldType.Number => CheckNumber(field, text),
        FieldType.Date => CheckDate(field, text),
        FieldType.Choice => CheckChoice(field, text),
        FieldType.IdCard => IdCardNumber.Check(text) is { } e ? (null, e) : (text.EndsWith('x') ? text.ToUpperInvariant() : text, null),
        FieldType.Phone => PhonePattern().IsMatch(text) ? (text, null) : (null, "电话号码格式不正确 (a mobile 1xxxxxxxxxx or landline 0xxx-xxxxxxx)"),
        FieldType.Jurisdiction => CheckJurisdiction(field, text, org),
        FieldType.File => CheckFiles(field, text),
        FieldType.Boolean => bool.TryParse(text, out var b) ? (b ? "true" : "false", null) : (null, "应为 true 或 false (must be true or false)"),
        _ => (null, "unsupported field type"),
    };

    private static (string?, string?) CheckText(FormField field, string text)
    {
        if (field.Min is { } min && text.Length < min)
        {
            return (null, $"至少 {min} 个字 (at least {min} characters)");
        }
        if (field.Max is { } max && text.Length > max)
        {
            return (null, $"最多 {max} 个字 (at most {max} characters)");
        }
        if (field.Pattern is { } pattern && !Pattern(pattern).IsMatch(text))
        {
            return (null, "格式不正确 (does not match the required format)");
        }
        return (text, null);
    }

    private static (string?, string?) CheckNumber(FormField field, string text)
    {
        if (!decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var number))
        {
            return (null, $"\"{text}\" 不是数字 (not a number)");
        }
        if (field.Min is { } min && number < min)
        {
            return (null, $"不能小于 {min} (must be at least {min})");
        }
        if (field.Max is { } max && number > max)
        {
            return (null, $"不能大于 {max} (must be at most {max})");
        }
        var canonical = number.ToString(CultureInfo.InvariantCulture);
        return (canonical == text ? text : canonical, null);
    }

    private static (string?, string?) CheckDate(FormField field, string text)
    {
        if (!IsoDate.TryParse(text, out var date))
        {
            return (null, $"\"{text}\" 不是日期, 应为 yyyy-MM-dd (not a date)");
        }
        if (field.MinDate is { } min && date < min)
        {
            return (null, $"不能早于 {min:yyyy-MM-dd} (must not be before {min:yyyy-MM-dd})");
        }
        if (field.MaxDate is { } max && date > max)
        {
            return (null, $"不能晚于 {max:yyyy-MM-dd} (must not be after {max:yyyy-MM-dd})");
        }
        return (text, null);
    }

    private static (string?, string?) CheckChoice(FormField field, string text)
    {
        if (!text.Contains(';', StringComparison.Ordinal))
        {
            // One value, the usual case: no splitting.
            return IsOption(field, text) ? (text, null) : (null, $"\"{text}\" 不是可选项 (not one of: {string.Join(", ", field.Options.Select(o => o.Value))})");
        }
        var parts = Split(text);
        if (!field.Multiple && parts.Length > 1)
        {
            return (null, "只能选一项 (choose one)");
        }
        foreach (var part in parts)
        {
            if (!IsOption(field, part))
            {
                var allowed = string.Join(", ", field.Options.Select(o => o.Value));
                return (null, $"\"{part}\" 不是可选项 (not one of: {allowed})");
            }
        }
        return (string.Join(';', parts), null);
    }

    private static (string?, string?) CheckJurisdiction(FormField field, string text, OrgDirectory org)
    {
        var place = org.FindJurisdiction(text);
        if (place is null)
        {
            return (null, $"没有这个行政区划 (unknown place \"{text}\")");
        }
        if (field.Level is { } level && !string.Equals(LevelNames[(int)place.Level], level, StringComparison.OrdinalIgnoreCase))
        {
            return (null, $"应为{level}级区划, \"{place.Name}\" 是{place.Level} (must be a {level})");
        }
        return (text, null);
    }

    private static bool IsOption(FormField field, string value)
    {
        for (var i = 0; i < field.Options.Count; i++)
        {
            if (field.Options[i].Value == value)
            {
                return true;
            }
        }
        return false;
    }

    private static (string?, string?) CheckFiles(FormField field, string text)
    {
        if (!text.Contains(';', StringComparison.Ordinal))
        {
            return (text, null);
        }
        var parts = Split(text);
        if (!field.Multiple && parts.Length > 1)
        {
            return (null, "只能上传一个文件 (one file only)");
        }
        return (string.Join(';', parts), null);
    }

    private static string[] Split(string text) =>
        text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static Regex Pattern(string pattern) =>
        Patterns.GetOrAdd(pattern, p => new Regex("^(?:" + p + ")$", RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100)));

    [GeneratedRegex(@"^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$", RegexOptions.CultureInvariant)]
    private static partial Regex PhonePattern();
}
