using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace OneMatter.Engine.Interpreter;

/// <summary>
/// Where a draw's seed comes from: the first 8 bytes (big-endian) of SHA-256 over the UTF-8 text
/// <c>onematter-draw/v1\n{instance}\n{node}\n{sequence}</c>. Nothing from the clock or a global
/// random source, so anyone holding the event can recompute it, and nobody can choose it: the
/// instance id and the sequence are fixed before anyone knows the candidates.
/// </summary>
public static class DrawSeed
{
    /// <summary>The name recorded in <c>DrawMade.Algorithm</c>: seed derivation, generator and
    /// picking procedure together; a change to any of them needs a new name.</summary>
    public const string Algorithm = "sha256-seed/xoshiro256**/pick-v1";

    /// <summary>The seed of the draw at <paramref name="node"/> of <paramref name="instance"/>
    /// recorded as event number <paramref name="sequence"/>.</summary>
    public static ulong Derive(string instance, string node, long sequence)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(node);
        var text = string.Create(CultureInfo.InvariantCulture, $"onematter-draw/v1\n{instance}\n{node}\n{sequence}");
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(text));
        return BinaryPrimitives.ReadUInt64BigEndian(hash);
    }

    /// <summary>The seed as recorded: 16 lower-case hex digits.</summary>
    public static string Format(ulong seed) => seed.ToString("x16", CultureInfo.InvariantCulture);

    /// <summary>Reads a recorded seed; false when it is not 16 hex digits.</summary>
    public static bool TryParse(string text, out ulong seed) =>
        ulong.TryParse(text, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out seed) && text.Length == 16;
}
