namespace OneMatter.Engine.Definitions;

/// <summary>
/// 双随机抽取: draws inspected entities from the register and inspectors from the units' pools
/// at random, reproducibly (the seed comes from the instance, the node and the event sequence),
/// and records the candidates, seed and picks in a <c>DrawMade</c> event. The result is read as
/// <c>nodes.&lt;id&gt;.entities</c> and <c>nodes.&lt;id&gt;.inspectors</c>.
/// </summary>
public sealed record DrawNode : Node
{
    /// <inheritdoc />
    public override string Kind => "draw";

    /// <summary>Which entities and how many.</summary>
    public required DrawEntities Entities { get; init; }

    /// <summary>Which inspectors and how many.</summary>
    public required DrawInspectors Inspectors { get; init; }

    /// <summary>Where the token goes next.</summary>
    public required string Next { get; init; }

    /// <inheritdoc />
    public override IEnumerable<string> Successors => [Next];
}
