namespace OneMatter.Engine.Instances;

/// <summary>
/// One signer's share of a task: offered to a unit (optionally to one person or a role within
/// it), claimed by an officer, completed with an outcome. An applicant task has one work item
/// whose <see cref="Applicant"/> is set instead of a unit.
/// </summary>
public sealed record WorkItem
{
    /// <summary>Id within the instance.</summary>
    public required string Id { get; init; }

    /// <summary>The unit whose officers may act; null for applicant work.</summary>
    public string? Unit { get; init; }

    /// <summary>Direct allocation: only this user may act.</summary>
    public string? User { get; init; }

    /// <summary>Role-based allocation: only officers holding this role.</summary>
    public string? Role { get; init; }

    /// <summary>For applicant work: the applicant's id.</summary>
    public string? Applicant { get; init; }

    /// <summary>The officer who claimed it (认领), if any.</summary>
    public string? ClaimedBy { get; init; }

    /// <summary>Status.</summary>
    public WorkItemStatus Status { get; init; } = WorkItemStatus.Offered;

    /// <summary>The outcome chosen, once done.</summary>
    public string? Outcome { get; init; }

    /// <summary>Set while delegated (委派).</summary>
    public Delegation? Delegation { get; init; }
}
