namespace OneMatter.Engine.Documents;

/// <summary>
/// What makes one issued document itself rather than any document of its kind: the values under
/// <c>document</c> in the template's scope.
/// </summary>
public sealed record DocumentStamp
{
    /// <summary>Document number, unique within the instance (from <c>DocumentIssued</c>).</summary>
    public required string Number { get; init; }

    /// <summary>The definition's name of the document, e.g. 受理回执.</summary>
    public required string Title { get; init; }

    /// <summary>When it was issued: the instant of the issuing event, so a re-render after a crash
    /// prints the same date.</summary>
    public required DateTimeOffset IssuedAt { get; init; }

    /// <summary>The code printed on the document that the public verification page accepts.</summary>
    public required string VerificationCode { get; init; }

    /// <summary>Where a reader checks the code, printed on the document.</summary>
    public required string VerifyUrl { get; init; }
}
