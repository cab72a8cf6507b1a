namespace OneMatter.Storage.Entities;

/// <summary>
/// One signer's share (work item) of an open task, projected from the snapshot on every commit
/// so inboxes and the command centre can query by unit, status and due instant without reading
/// snapshots. Never written directly: the snapshot is the truth.
/// </summary>
public sealed class TaskRow
{
    /// <summary>Instance id.</summary>
    public required string InstanceId { get; set; }
    /// <summary>Work item id (unique within its task).</summary>
    public required string WorkItemId { get; set; }
    /// <summary>Task id.</summary>
    public required string TaskId { get; set; }
    /// <summary>Node id.</summary>
    public required string Node { get; set; }
    /// <summary>The unit whose officers may act; null for applicant work.</summary>
    public string? Unit { get; set; }
    /// <summary>Direct allocation to one user.</summary>
    public string? Assignee { get; set; }
    /// <summary>Role within the unit.</summary>
    public string? Role { get; set; }
    /// <summary>Applicant, for applicant work.</summary>
    public string? Applicant { get; set; }
    /// <summary>The officer who claimed it.</summary>
    public string? ClaimedBy { get; set; }
    /// <summary>Offered, Waiting or Done.</summary>
    public required string Status { get; set; }
    /// <summary>Whether it is applicant work (补正).</summary>
    public bool ForApplicant { get; set; }
    /// <summary>Task created, UTC ticks.</summary>
    public long CreatedUtcTicks { get; set; }
    /// <summary>The task's deadline due instant, UTC ticks.</summary>
    public long? DueUtcTicks { get; set; }
    /// <summary>预警 given.</summary>
    public bool Warned { get; set; }
    /// <summary>超期.</summary>
    public bool Overdue { get; set; }
    /// <summary>督办 open.</summary>
    public bool Supervised { get; set; }
    /// <summary>Times urged.</summary>
    public int Urged { get; set; }
}
