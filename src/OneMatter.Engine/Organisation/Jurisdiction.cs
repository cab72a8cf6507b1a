namespace OneMatter.Engine.Organisation;

/// <summary>A piece of territory: city, county, zone, township or village.</summary>
public sealed record Jurisdiction
{
    /// <summary>Id used in forms and assignments, e.g. <c>qiuchuan</c>.</summary>
    public required string Id { get; init; }

    /// <summary>Chinese name, e.g. 球川镇.</summary>
    public required string Name { get; init; }

    /// <summary>English name.</summary>
    public string? NameEn { get; init; }

    /// <summary>Level.</summary>
    public required OrgLevel Level { get; init; }

    /// <summary>The enclosing jurisdiction (a village's township, a township's county); null at
    /// the top.</summary>
    public string? Parent { get; init; }

    /// <summary>For a township: the zone that serves it, if zones apply.</summary>
    public string? Zone { get; init; }

    /// <summary>For a zone: its hub township, which hosts the zone's linked command platform.</summary>
    public string? Hub { get; init; }
}
