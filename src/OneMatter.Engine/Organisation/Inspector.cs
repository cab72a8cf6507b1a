namespace OneMatter.Engine.Organisation;

/// <summary>
/// An entry of the inspector pool (执法检查人员名录): an officer holding an enforcement
/// certificate (执法证) who may be drawn for a 双随机 inspection.
/// </summary>
public sealed record Inspector
{
    /// <summary>Id, e.g. <c>insp-enf-01</c>.</summary>
    public required string Id { get; init; }

    /// <summary>Name, e.g. 王建国.</summary>
    public required string Name { get; init; }

    /// <summary>The unit whose pool the inspector belongs to (a unit id).</summary>
    public required string Unit { get; init; }

    /// <summary>Enforcement certificate number (执法证号), printed on the published results.</summary>
    public required string Certificate { get; init; }

    /// <summary>Entities the inspector must not inspect (回避: kin, former employer, earlier
    /// dealings): when any of them is drawn, the inspector is not a candidate.</summary>
    public IReadOnlyList<string> Conflicts { get; init; } = [];
}
