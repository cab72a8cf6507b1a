using OneMatter.Engine.Definitions;

namespace OneMatter.Engine.Events;

/// <summary>预警 / 超期 / 督办 / reassignment from an escalation rule.</summary>
public sealed record DeadlineEscalated : MatterEvent
{
    /// <summary>Deadline id.</summary>
    public required string Deadline { get; init; }
    /// <summary>Rule index in the policy.</summary>
    public required int Rule { get; init; }
    /// <summary>What was done.</summary>
    public required EscalationAction Action { get; init; }
    /// <summary>Task concerned, if any.</summary>
    public string? Task { get; init; }
    /// <summary>Unit told or given the work.</summary>
    public string? ToUnit { get; init; }
}
