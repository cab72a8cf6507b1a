namespace OneMatter.Engine.Forms;

/// <summary>Strict <c>yyyy-MM-dd</c> parsing without the culture machinery of
/// <see cref="DateOnly.TryParseExact(string?, string?, out DateOnly)"/>, which costs more than
/// the rest of validating a form.</summary>
public static class IsoDate
{
    /// <summary>Parses exactly ten characters <c>yyyy-MM-dd</c> naming a real date.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out DateOnly date)
    {
        date = default;
        if (text.Length != 10 || text[4] != '-' || text[7] != '-'
            || !Digits(text[..4], out var year) || !Digits(text.Slice(5, 2), out var month) || !Digits(text.Slice(8, 2), out var day))
        {
            return false;
        }
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }
        date = new DateOnly(year, month, day);
        return true;
    }

    private static bool Digits(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        foreach (var c in text)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
            value = (value * 10) + (c - '0');
        }
        return true;
    }
}
