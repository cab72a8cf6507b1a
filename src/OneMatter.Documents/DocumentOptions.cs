namespace OneMatter.Documents;

/// <summary>How documents are stamped.</summary>
public sealed record DocumentOptions
{
    /// <summary>
    /// The public address of the verification page printed on every document; the code is appended
    /// as <c>?code=</c>. It is part of the document's bytes (and hash), so set it to the address
    /// citizens can reach before documents are issued.
    /// </summary>
    public string VerifyUrl { get; init; } = "http://localhost:5080/verify";
}
