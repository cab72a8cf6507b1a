using System.IO.Compression;

namespace OneMatter.Server.Api;

/// <summary>
/// The types an upload may have and how each one's bytes begin. The declared type alone is what
/// the client says (a renamed <c>.exe</c> arrives as <c>application/pdf</c>); the content must
/// carry the signature of that type too.
/// </summary>
internal static class FileSignatures
{
    public const string Pdf = "application/pdf";
    public const string Jpeg = "image/jpeg";
    public const string Png = "image/png";
    public const string Ofd = "application/ofd";

    /// <summary>Every type with a signature check.</summary>
    public static readonly IReadOnlySet<string> Known = new HashSet<string>(StringComparer.Ordinal) { Pdf, Jpeg, Png, Ofd };

    /// <summary>Names some clients send for the same types.</summary>
    private static readonly Dictionary<string, string> Aliases = new(StringComparer.Ordinal)
    {
        ["image/jpg"] = Jpeg,
        ["image/pjpeg"] = Jpeg,
        ["application/x-pdf"] = Pdf,
        ["application/vnd.ofd"] = Ofd,
    };

    /// <summary>The declared type in canonical form (lower case, parameters dropped, aliases
    /// resolved). Browsers know no type for <c>.ofd</c> and send <c>application/octet-stream</c>:
    /// with that extension it is taken as OFD, which the signature check then confirms.</summary>
    public static string Canonical(string? declared, string fileName)
    {
        var type = (declared ?? "").Split(';', 2)[0].Trim().ToLowerInvariant();
        if (type == "application/octet-stream" && fileName.EndsWith(".ofd", StringComparison.OrdinalIgnoreCase))
        {
            return Ofd;
        }
        return Aliases.GetValueOrDefault(type, type);
    }

    /// <summary>Whether <paramref name="content"/> is what <paramref name="type"/> says.</summary>
    public static bool Matches(string type, byte[] content) => type switch
    {
        Pdf => IsPdf(content),
        Jpeg => content.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]),
        Png => content.AsSpan().StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]),
        Ofd => IsOfd(content),
        _ => false,
    };

    /// <summary><c>%PDF-</c> within the first 1,024 bytes, where PDF readers look for it.</summary>
    private static bool IsPdf(byte[] content) =>
        content.AsSpan(0, Math.Min(content.Length, 1024)).IndexOf("%PDF-"u8) >= 0;

    /// <summary>OFD (GB/T 33190) is a ZIP package with <c>OFD.xml</c> at its root. Only the
    /// central directory is read: nothing is decompressed, so a ZIP bomb costs nothing here.</summary>
    private static bool IsOfd(byte[] content)
    {
        if (!content.AsSpan().StartsWith("PK\x03\x04"u8))
        {
            return false;
        }
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            return zip.Entries.Any(e => string.Equals(e.FullName, "OFD.xml", StringComparison.OrdinalIgnoreCase));
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }
}
