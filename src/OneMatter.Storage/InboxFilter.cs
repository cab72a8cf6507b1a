namespace OneMatter.Storage;

/// <summary>The views of a unit's inbox (待办, 我的, 即将到期, 已超期).</summary>
public enum InboxFilter
{
    /// <summary>Offered to the unit and not yet claimed.</summary>
    Pending,

    /// <summary>Claimed by or assigned to the current officer.</summary>
    Mine,

    /// <summary>Open, due within the window.</summary>
    DueSoon,

    /// <summary>Open and past due (or flagged overdue).</summary>
    Overdue,
}
