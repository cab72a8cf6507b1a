using OneMatter.Engine.Expressions;

namespace OneMatter.Engine.Definitions;

/// <summary>Starts another matter and waits for its result; the child's result picks the
/// way on (<see cref="Results"/>), else <see cref="Next"/>.</summary>
public sealed record CallNode : Node
{
    /// <inheritdoc />
    public override string Kind => "call";

    /// <summary>Definition id of the matter to start.</summary>
    public required string Matter { get; init; }

    /// <summary>The child's form: field id → expression over this matter.</summary>
    public IReadOnlyDictionary<string, Expression> Inputs { get; init; } = new Dictionary<string, Expression>();

    /// <summary>Child result (approved, rejected, withdrawn, closed) → next node.</summary>
    public IReadOnlyDictionary<EndResult, string> Results { get; init; } = new Dictionary<EndResult, string>();

    /// <summary>Where the token goes for a result not in <see cref="Results"/>.</summary>
    public string? Next { get; init; }

    /// <inheritdoc />
    public override IEnumerable<string> Successors =>
        Next is null ? Results.Values.Distinct() : Results.Values.Append(Next).Distinct();
}
