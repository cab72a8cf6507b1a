namespace OneMatter.Storage;

/// <summary>One page of a unit's inbox.</summary>
public sealed record InboxQuery
{
    /// <summary>The officer's unit; only its rows are read.</summary>
    public required string Unit { get; init; }

    /// <summary>The officer (for <see cref="InboxFilter.Mine"/>).</summary>
    public required string User { get; init; }

    /// <summary>Which view.</summary>
    public InboxFilter Filter { get; init; } = InboxFilter.Pending;

    /// <summary>The instant "due soon" and "overdue" are measured from.</summary>
    public required DateTimeOffset Now { get; init; }

    /// <summary>How far ahead "due soon" looks.</summary>
    public TimeSpan DueSoonWindow { get; init; } = TimeSpan.FromDays(2);

    /// <summary>Rows to skip.</summary>
    public int Skip { get; init; }

    /// <summary>Rows to return.</summary>
    public int Take { get; init; } = 20;
}
