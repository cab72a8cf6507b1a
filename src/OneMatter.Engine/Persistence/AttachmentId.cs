using System.Buffers.Text;
using System.Security.Cryptography;

namespace OneMatter.Engine.Persistence;

/// <summary>
/// The shape of attachment ids: <c>att-</c> and 24 URL-safe base64 characters (144 random bits),
/// so an id cannot be guessed, needs no escaping in a URL and never contains the <c>;</c> that
/// separates the ids of a file field. The prefix tells an uploaded file's id from the plain
/// text a file field held before uploads existed.
/// </summary>
public static class AttachmentId
{
    /// <summary>The prefix of every id.</summary>
    public const string Prefix = "att-";

    private const int RandomBytes = 18;

    private static readonly int Length = Prefix.Length + Base64Url.GetEncodedLength(RandomBytes);

    /// <summary>A new random id.</summary>
    public static string New() => Prefix + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(RandomBytes));

    /// <summary>Whether <paramref name="value"/> has the shape of an id (not whether it exists).</summary>
    public static bool IsWellFormed(string? value)
    {
        if (value is null || value.Length != Length || !value.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return false;
        }
        foreach (var c in value.AsSpan(Prefix.Length))
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
            {
                return false;
            }
        }
        return true;
    }
}
