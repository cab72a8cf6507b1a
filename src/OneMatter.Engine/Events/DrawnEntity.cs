namespace OneMatter.Engine.Events;

/// <summary>An entity a 双随机 draw picked, as it stood in the register when drawn (so the
/// published list does not change when the register does).</summary>
public sealed record DrawnEntity
{
    /// <summary>Register id.</summary>
    public required string Id { get; init; }

    /// <summary>Registered name.</summary>
    public required string Name { get; init; }

    /// <summary>Industry word.</summary>
    public required string Industry { get; init; }

    /// <summary>Township id.</summary>
    public required string Township { get; init; }

    /// <summary>Business address, if registered.</summary>
    public string? Address { get; init; }
}
