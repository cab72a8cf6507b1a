using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace OneMatter.Engine.Loading;

/// <summary>Typed values of a mapping: each reports a missing or ill-shaped value and returns
/// null, so the caller can carry on building what it can.</summary>
internal sealed partial class YamlMap
{
    /// <summary>A scalar value. An empty value counts as absent; for a required key both are
    /// reported.</summary>
    public YamlScalarNode? Scalar(string key, bool required = false)
    {
        var value = required ? Require(key) : Get(key);
        switch (value)
        {
            case null:
                return null;
            case YamlScalarNode scalar when Scalars.IsNull(scalar):
                if (required)
                {
                    Diagnostics.Add(value.Start, $"\"{key}\" of {What} has no value");
                }
                return null;
            case YamlScalarNode scalar:
                return scalar;
            default:
                WrongShape(key, value, "text");
                return null;
        }
    }

    /// <summary>A text value.</summary>
    public string? Text(string key, bool required = false) => Scalar(key, required)?.Value;

    /// <summary>A <c>true</c>/<c>false</c> value, or <paramref name="fallback"/> when absent or wrong.</summary>
    public bool Bool(string key, bool fallback)
    {
        if (Scalar(key) is not { } scalar)
        {
            return fallback;
        }
        if (bool.TryParse(scalar.Value, out var value))
        {
            return value;
        }
        Diagnostics.Add(scalar.Start, $"\"{key}\" of {What} must be true or false, not \"{scalar.Value}\"");
        return fallback;
    }

    /// <summary>A decimal number.</summary>
    public decimal? Number(string key)
    {
        if (Scalar(key) is not { } scalar)
        {
            return null;
        }
        if (decimal.TryParse(scalar.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }
        Diagnostics.Add(scalar.Start, $"\"{key}\" of {What} must be a number, not \"{scalar.Value}\"");
        return null;
    }

    /// <summary>A whole number.</summary>
    public int? Integer(string key)
    {
        if (Scalar(key) is not { } scalar)
        {
            return null;
        }
        if (int.TryParse(scalar.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }
        Diagnostics.Add(scalar.Start, $"\"{key}\" of {What} must be a whole number, not \"{scalar.Value}\"");
        return null;
    }

    /// <summary>A <c>yyyy-MM-dd</c> date.</summary>
    public DateOnly? Date(string key)
    {
        if (Scalar(key) is not { } scalar)
        {
            return null;
        }
        if (DateOnly.TryParseExact(scalar.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var value))
        {
            return value;
        }
        Diagnostics.Add(scalar.Start, $"\"{key}\" of {What} must be a date like 2026-01-31, not \"{scalar.Value}\"");
        return null;
    }
}
