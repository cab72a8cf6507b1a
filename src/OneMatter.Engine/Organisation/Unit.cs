namespace OneMatter.Engine.Organisation;

/// <summary>A department or team that receives work: a county bureau, a township government, a
/// zone enforcement team, a village committee, a command centre.</summary>
public sealed record Unit
{
    /// <summary>Id, e.g. <c>cs-agriculture</c>.</summary>
    public required string Id { get; init; }

    /// <summary>Chinese name, e.g. 常山县农业农村局.</summary>
    public required string Name { get; init; }

    /// <summary>English name.</summary>
    public string? NameEn { get; init; }

    /// <summary>Level of the unit.</summary>
    public required OrgLevel Level { get; init; }

    /// <summary>Kind used for territorial assignment, e.g. <c>township-government</c>,
    /// <c>enforcement-team</c>, <c>command-centre</c>.</summary>
    public required string Kind { get; init; }

    /// <summary>The jurisdiction it serves.</summary>
    public required string Jurisdiction { get; init; }

    /// <summary>The unit above it (a township office's township government), if any.</summary>
    public string? Parent { get; init; }
}
