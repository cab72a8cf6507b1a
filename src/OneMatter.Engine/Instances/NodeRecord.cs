using System.Collections.Immutable;

namespace OneMatter.Engine.Instances;

/// <summary>What happened the last time a token left a node: read by guards as
/// <c>nodes.&lt;id&gt;.outcome</c> and <c>nodes.&lt;id&gt;.fields</c>, and by 退回 to know where a
/// matter has been.</summary>
public sealed record NodeRecord
{
    /// <summary>The node.</summary>
    public required string Node { get; init; }

    /// <summary>The task that decided, for task nodes.</summary>
    public string? Task { get; init; }

    /// <summary>Outcome for tasks; null otherwise.</summary>
    public string? Outcome { get; init; }

    /// <summary>Fields the officer filled in.</summary>
    public ValueMap<string> Fields { get; init; } = ValueMap<string>.Empty;

    /// <summary>Unit that decided.</summary>
    public string? Unit { get; init; }

    /// <summary>User that decided.</summary>
    public string? By { get; init; }

    /// <summary>When it was left.</summary>
    public DateTimeOffset At { get; init; }

    /// <summary>The draw made there, for draw nodes (双随机抽取); null otherwise. Not written when
    /// null, so snapshots of matters without a draw stay byte-for-byte what they were.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public Events.DrawMade? Draw { get; init; }

    /// <summary>The token's scope there (see <see cref="Token.Scope"/>).</summary>
    public string Scope { get; init; } = "";
}
