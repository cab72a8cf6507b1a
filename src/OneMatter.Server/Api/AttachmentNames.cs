using System.Globalization;

namespace OneMatter.Server.Api;

/// <summary>
/// The name an upload is kept under: display only, never a path. Any directory part is dropped
/// (browsers on Windows may send <c>C:\Users\…\户口簿.pdf</c>), control and format characters are
/// removed (a right-to-left override would show <c>gpj.exe</c> as <c>exe.jpg</c>) and the name is
/// capped, keeping its extension.
/// </summary>
internal static class AttachmentNames
{
    public const int MaxLength = 100;

    private const int MaxExtension = 10;

    public static string Clean(string? uploaded, string contentType)
    {
        var name = uploaded ?? "";
        var slash = name.LastIndexOfAny(['/', '\\']);
        if (slash >= 0)
        {
            name = name[(slash + 1)..];
        }
        name = string.Concat(name.Where(c => CharUnicodeInfo.GetUnicodeCategory(c) is not (UnicodeCategory.Control or UnicodeCategory.Format)))
            .Trim().TrimStart('.');
        if (name.Length == 0)
        {
            name = "附件" + DefaultExtension(contentType);
        }
        if (name.Length <= MaxLength)
        {
            return name;
        }
        var dot = name.LastIndexOf('.');
        var extension = dot > 0 && name.Length - dot <= MaxExtension ? name[dot..] : "";
        var cut = MaxLength - extension.Length;
        if (char.IsHighSurrogate(name[cut - 1]))
        {
            cut--; // never split a character outside the BMP in two
        }
        return name[..cut] + extension;
    }

    private static string DefaultExtension(string contentType) => contentType switch
    {
        FileSignatures.Pdf => ".pdf",
        FileSignatures.Jpeg => ".jpg",
        FileSignatures.Png => ".png",
        FileSignatures.Ofd => ".ofd",
        _ => "",
    };
}
