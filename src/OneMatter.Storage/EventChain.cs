using System.Security.Cryptography;
using System.Text;

namespace OneMatter.Storage;

/// <summary>The event hash chain: each event's hash covers the previous hash and the event's
/// canonical JSON, so changing, removing or reordering a stored event breaks every check after it.</summary>
internal static class EventChain
{
    /// <summary>SHA-256 over the UTF-8 of <c>previous + "\n" + json</c>, lower-case hex.</summary>
    public static string Hash(string previous, string json) => Hash(previous, Encoding.UTF8.GetBytes(json));

    /// <summary>The same hash over JSON already in UTF-8 (as a commit serializes it), built in a
    /// pooled buffer instead of a concatenated string: the one place the formula is written.</summary>
    public static string Hash(string previous, ReadOnlySpan<byte> json)
    {
        var length = Encoding.UTF8.GetMaxByteCount(previous.Length) + 1 + json.Length;
        var rented = System.Buffers.ArrayPool<byte>.Shared.Rent(length);
        try
        {
            var written = Encoding.UTF8.GetBytes(previous, rented);
            rented[written++] = (byte)'\n';
            json.CopyTo(rented.AsSpan(written));
            written += json.Length;
            Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
            SHA256.HashData(rented.AsSpan(0, written), hash);
            return Convert.ToHexStringLower(hash);
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>Lower-case hex SHA-256 of bytes.</summary>
    public static string Sha256(ReadOnlySpan<byte> bytes) =>
        Convert.ToHexStringLower(SHA256.HashData(bytes));
}
