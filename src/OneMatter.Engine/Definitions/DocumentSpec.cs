namespace OneMatter.Engine.Definitions;

/// <summary>A document the matter can issue (receipt, notice, permit), rendered from a template
/// in <c>templates/</c>.</summary>
public sealed record DocumentSpec
{
    /// <summary>Id referenced by nodes and outcomes, e.g. <c>acceptance-receipt</c>.</summary>
    public required string Id { get; init; }

    /// <summary>Chinese name, e.g. 受理回执.</summary>
    public required string Name { get; init; }

    /// <summary>English name.</summary>
    public string? NameEn { get; init; }

    /// <summary>Template id: the file <c>templates/{Template}.html</c>.</summary>
    public required string Template { get; init; }

    /// <summary>Whether the applicant may download it (otherwise only the units involved).</summary>
    public bool ForApplicant { get; init; } = true;

    /// <summary>Where it was declared.</summary>
    public SourceLocation Location { get; init; } = SourceLocation.None;
}
