namespace OneMatter.Engine.Commands;

/// <summary>加签: add a signer (a unit, optionally one officer) to a live task.</summary>
public sealed record AddSigner : TaskCommand
{
    /// <summary>The signer's unit.</summary>
    public required string Unit { get; init; }

    /// <summary>One officer of it, or null for anyone.</summary>
    public string? User { get; init; }
}
