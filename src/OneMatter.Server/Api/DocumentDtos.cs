namespace OneMatter.Server.Api;

/// <summary>An issued document as listed for a matter (no content).</summary>
/// <param name="Number">Document number; the download path's last segment.</param>
/// <param name="Document">The definition's document id.</param>
/// <param name="Title">e.g. 受理回执.</param>
/// <param name="Revision">The n-th issue of this document in the matter.</param>
/// <param name="IssuedAt">When it was issued.</param>
/// <param name="Sha256">SHA-256 of the stored bytes.</param>
/// <param name="VerificationCode">The code printed on it.</param>
/// <param name="Url">Where to download it.</param>
internal sealed record DocumentDto(string Number, string Document, string Title, int Revision, DateTimeOffset IssuedAt, string Sha256,
    string VerificationCode, string Url);

/// <summary>The public verification's answer. Nothing about the holder is told, only what the
/// paper itself shows.</summary>
/// <param name="Check"><c>genuine</c>, <c>unknown-code</c> or <c>hash-mismatch</c>.</param>
/// <param name="Genuine">True only for <c>genuine</c>.</param>
/// <param name="Title">The document's title, when the code is known.</param>
/// <param name="Number">Its number, when the code is known.</param>
/// <param name="Matter">The matter's name, when the code is known.</param>
/// <param name="IssuedAt">When it was issued, when the code is known.</param>
/// <param name="Sha256">The SHA-256 of the genuine document, when the code is known, to compare with a copy.</param>
internal sealed record VerificationDto(string Check, bool Genuine, string? Title, string? Number, string? Matter, DateTimeOffset? IssuedAt, string? Sha256);
