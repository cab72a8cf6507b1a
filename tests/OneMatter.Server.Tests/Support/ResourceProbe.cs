namespace OneMatter.Server.Tests.Support;

/// <summary>
/// One request of the resource matrix: which case it is ("own", "another's" …), its URL, the
/// matter it targets (A, B, or null for a shared resource), whether it must get past the access
/// rules (<paramref name="Passes"/>; otherwise it is refused and a write must change nothing) and
/// the exact status it must get.
/// </summary>
internal sealed record ResourceProbe(string Case, string Url, MatterUnderTest? Matter, bool Passes, int Status)
{
    /// <summary>The caller's own resource: the rule's set-up and put-back steps run around it.</summary>
    public bool Own { get; init; }
}
