using OneMatter.Engine.Expressions;

namespace OneMatter.Engine.Definitions;

/// <summary>Sends a message automatically: to the applicant, the lead unit, the command
/// centre, or a unit id (抄送 for information).</summary>
public sealed record NotifyNode : Node
{
    /// <inheritdoc />
    public override string Kind => "notify";

    /// <summary><c>applicant</c>, <c>lead</c>, <c>command-centre</c> or a unit id.</summary>
    public required string To { get; init; }

    /// <summary>The message, a sandboxed Scriban text template.</summary>
    public required TextTemplate Message { get; init; }

    /// <summary>Where the token goes next.</summary>
    public required string Next { get; init; }

    /// <inheritdoc />
    public override IEnumerable<string> Successors => [Next];
}
