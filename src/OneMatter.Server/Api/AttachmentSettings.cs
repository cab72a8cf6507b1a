namespace OneMatter.Server.Api;

/// <summary>
/// Upload limits, from the <c>OneMatter:Attachments</c> configuration section: <c>MaxBytes</c>
/// (default 10 MiB, what 政务服务 portals commonly allow per file), <c>AllowedTypes</c> (default
/// PDF, JPEG, PNG and OFD, the national layout-document format of 电子证照 and e-invoices; only
/// types whose signature <see cref="FileSignatures"/> knows can be allowed) and
/// <c>RequireUploads</c> (every value of a file field must be an uploaded attachment; off by
/// default, when a value that is not an attachment id stays plain text, as file fields held
/// before uploads existed — the names of paper materials handed in at the window).
/// </summary>
internal sealed class AttachmentSettings
{
    /// <summary>The configuration section.</summary>
    public const string Section = "OneMatter:Attachments";

    /// <summary>What multipart framing may add to a file: boundaries, part headers, a long name.</summary>
    private const long FramingAllowance = 64 * 1024;

    public long MaxBytes { get; set; } = 10 * 1024 * 1024;

    public string[]? AllowedTypes { get; set; }

    public bool RequireUploads { get; set; }

    /// <summary>The allowed types that the signature check knows, lower case.</summary>
    public IReadOnlySet<string> Allowed { get; private set; } = FileSignatures.Known;

    /// <summary>The largest request body the upload endpoint accepts.</summary>
    public long BodyLimit => MaxBytes + FramingAllowance;

    public static AttachmentSettings From(IConfiguration configuration)
    {
        // Bound onto a null array: the binder appends to an initialised one instead of replacing it.
        var settings = configuration.GetSection(Section).Get<AttachmentSettings>() ?? new AttachmentSettings();
        settings.MaxBytes = Math.Max(1, settings.MaxBytes);
        if (settings.AllowedTypes is { Length: > 0 } types)
        {
            settings.Allowed = types.Select(t => t.Trim().ToLowerInvariant()).Where(FileSignatures.Known.Contains).ToHashSet(StringComparer.Ordinal);
        }
        return settings;
    }
}
