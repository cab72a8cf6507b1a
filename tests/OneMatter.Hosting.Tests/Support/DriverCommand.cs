namespace OneMatter.Hosting.Tests.Support;

/// <summary>One command line sent to the node (the shape of the node's <c>NodeCommand</c>). The
/// same sequence number and idempotency key are used every time the command is sent again.</summary>
internal sealed record DriverCommand
{
    public required long Seq { get; init; }

    public required string Key { get; init; }

    public required string Op { get; init; }

    public required string Instance { get; init; }

    public string? Definition { get; init; }

    public string? Task { get; init; }

    public string? Outcome { get; init; }

    public string? Actor { get; init; }

    public string? Unit { get; init; }

    public bool IsStart => Op == "start";
}
