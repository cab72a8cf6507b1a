using System.Globalization;

namespace OneMatter.Engine.Forms;

/// <summary>The 18-character resident identity number of GB 11643-1999: 6-digit area code,
/// 8-digit birth date, 3-digit sequence, and an ISO 7064 MOD 11-2 check character (0–9 or X).</summary>
public static class IdCardNumber
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckCharacters = "10X98765432";

    /// <summary>Null when valid, else what is wrong.</summary>
    public static string? Check(string value)
    {
        if (value.Length != 18)
        {
            return "身份证号应为18位 (an ID card number has 18 characters)";
        }
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            var c = value[i];
            if (c is < '0' or > '9')
            {
                return "身份证号前17位应为数字 (the first 17 characters must be digits)";
            }
            sum += (c - '0') * Weights[i];
        }
        if (!DateOnly.TryParseExact(value.AsSpan(6, 8), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            return "身份证号中的出生日期无效 (the birth date in the number is not a real date)";
        }
        var expected = CheckCharacters[sum % 11];
        var actual = char.ToUpperInvariant(value[17]);
        return actual == expected ? null : "身份证号校验位不正确 (the check character does not match)";
    }

    /// <summary>Computes the check character for 17 digits (used by tests and demo data).</summary>
    public static char CheckCharacter(string first17)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (first17[i] - '0') * Weights[i];
        }
        return CheckCharacters[sum % 11];
    }
}
