using OneMatter.Engine.Organisation;

namespace OneMatter.Engine.Loading;

/// <summary>What <see cref="OrgParser.Parse"/> made of the org files.</summary>
public sealed class OrgParseResult
{
    internal OrgParseResult(OrgDirectory bestEffort, IReadOnlyList<LoadError> errors)
    {
        BestEffort = bestEffort;
        Errors = errors;
    }

    /// <summary>The directory; null when there is any error.</summary>
    public OrgDirectory? Directory => Errors.Count == 0 ? BestEffort : null;

    /// <summary>Every problem of every file.</summary>
    public IReadOnlyList<LoadError> Errors { get; }

    /// <summary>The directory built from every entry that parsed, so that a workspace with one bad
    /// unit still checks its definitions against the rest.</summary>
    internal OrgDirectory BestEffort { get; }
}
