using System.Collections.Immutable;

namespace OneMatter.Engine.Events;

/// <summary>
/// A 双随机 draw was made at a draw node: everything needed to re-run it and get the same picks
/// (see <c>DrawReplay.Verify</c>): where the seed came from (instance, node, sequence), the seed
/// and the algorithm, the candidate lists in the order they were drawn from, the counts and the
/// units, and the picks with the register details shown on the published results.
/// </summary>
public sealed record DrawMade : MatterEvent
{
    /// <summary>The draw node.</summary>
    public required string Node { get; init; }

    /// <summary>The token that passed the node.</summary>
    public required string Token { get; init; }

    /// <summary>The instance id the seed was derived from.</summary>
    public required string Instance { get; init; }

    /// <summary>This event's sequence number in the instance (its version), part of the seed.</summary>
    public required long Sequence { get; init; }

    /// <summary>The algorithm, e.g. <c>sha256-seed/xoshiro256**/v1</c>.</summary>
    public required string Algorithm { get; init; }

    /// <summary>The 64-bit seed as 16 lower-case hex digits (text, so that JSON readers that
    /// hold numbers as doubles do not lose bits).</summary>
    public required string Seed { get; init; }

    /// <summary>The place drawn in (township, zone or county id), or null for the whole register.</summary>
    public string? Area { get; init; }

    /// <summary>The industry filter; empty for every industry.</summary>
    public ImmutableArray<string> Industries { get; init; } = [];

    /// <summary>How many entities were drawn.</summary>
    public required int EntityCount { get; init; }

    /// <summary>Entity candidates, ordinal by id: the list the picks index into.</summary>
    public ImmutableArray<string> EntityCandidates { get; init; } = [];

    /// <summary>How many inspectors were drawn.</summary>
    public required int InspectorCount { get; init; }

    /// <summary>Units that each got at least one inspector, in the order their picks were made.</summary>
    public ImmutableArray<string> Units { get; init; } = [];

    /// <summary>Inspector candidates, ordinal by id, those in conflict (回避) with a drawn entity
    /// already left out.</summary>
    public ImmutableArray<DrawCandidate> InspectorCandidates { get; init; } = [];

    /// <summary>The entities drawn, in pick order.</summary>
    public ImmutableArray<DrawnEntity> Entities { get; init; } = [];

    /// <summary>The inspectors drawn, in pick order.</summary>
    public ImmutableArray<DrawnInspector> Inspectors { get; init; } = [];
}
