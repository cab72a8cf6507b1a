using System.Security.Cryptography;
using System.Text;

namespace OneMatter.Storage;

/// <summary>The event hash chain: each event's hash covers the previous hash and the event's
/// canonical JSON, so changing, removing or reordering a stored event breaks every check after it.</summary>
internal static class EventChain
{
    /// <summary>SHA-256 over the UTF-8 of <c>previous + "\n" + json</c>, lower-case hex.</summary>
    public static string Hash(string previous, string json) =>
        Sha256(Encoding.UTF8.GetBytes(previous + "\n" + json));

    /// <summary>Lower-case hex SHA-256 of bytes.</summary>
    public static string Sha256(ReadOnlySpan<byte> bytes) =>
        Convert.ToHexStringLower(SHA256.HashData(bytes));
}
