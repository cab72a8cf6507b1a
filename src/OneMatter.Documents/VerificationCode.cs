using System.Security.Cryptography;

namespace OneMatter.Documents;

/// <summary>
/// The code printed on every issued document, e.g. <c>7K3QM-9XPMA</c>: ten characters of
/// Crockford's base-32 (no I, L, O, U, so a reader cannot confuse 1/I/L or 0/O), 50 random bits —
/// guessing one that exists is hopeless at the public endpoint's rate limit.
/// </summary>
public static class VerificationCode
{
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    /// <summary>A new random code.</summary>
    public static string New()
    {
        Span<char> code = stackalloc char[11];
        Span<byte> random = stackalloc byte[10];
        RandomNumberGenerator.Fill(random);
        for (int i = 0, c = 0; i < 10; i++, c++)
        {
            if (i == 5)
            {
                code[c++] = '-';
            }
            code[c] = Alphabet[random[i] & 31];
        }
        return new string(code);
    }

    /// <summary>The code as stored: upper case, confusable letters read as the digits they look
    /// like, spaces removed, the dash put back; null when it cannot be a code.</summary>
    public static string? Normalize(string? presented)
    {
        if (string.IsNullOrWhiteSpace(presented))
        {
            return null;
        }
        Span<char> chars = stackalloc char[10];
        var n = 0;
        foreach (var raw in presented)
        {
            if (raw is '-' or ' ')
            {
                continue;
            }
            var c = char.ToUpperInvariant(raw) switch { 'O' => '0', 'I' or 'L' => '1', var x => x };
            if (n == 10 || !Alphabet.Contains(c, StringComparison.Ordinal))
            {
                return null;
            }
            chars[n++] = c;
        }
        return n == 10 ? string.Concat(chars[..5], "-", chars[5..]) : null;
    }
}
