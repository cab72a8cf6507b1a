namespace OneMatter.Engine.Commands;

/// <summary>委派: lend a work item to another unit or officer; it comes back on resolve.</summary>
public sealed record DelegateTask : TaskCommand
{
    /// <summary>Receiving unit.</summary>
    public required string ToUnit { get; init; }

    /// <summary>Receiving officer, or null for anyone of the unit.</summary>
    public string? ToUser { get; init; }

    /// <summary>What to do.</summary>
    public string? Note { get; init; }
}
