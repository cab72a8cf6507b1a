namespace OneMatter.Engine.Events;

/// <summary>An inspector a 双随机 draw picked, as the pool listed them when drawn.</summary>
public sealed record DrawnInspector
{
    /// <summary>Pool id.</summary>
    public required string Id { get; init; }

    /// <summary>Name.</summary>
    public required string Name { get; init; }

    /// <summary>Unit id of the pool.</summary>
    public required string Unit { get; init; }

    /// <summary>Enforcement certificate number (执法证号).</summary>
    public required string Certificate { get; init; }
}
