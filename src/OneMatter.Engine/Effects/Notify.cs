namespace OneMatter.Engine.Effects;

/// <summary>Tell a unit or the applicant something.</summary>
public sealed record Notify : Effect
{
    /// <summary>Unit or applicant.</summary>
    public required RecipientKind Recipient { get; init; }
    /// <summary>Unit id or applicant account.</summary>
    public required string To { get; init; }
    /// <summary>What about.</summary>
    public required NotificationKind Kind { get; init; }
    /// <summary>The text.</summary>
    public required string Message { get; init; }
    /// <summary>The task concerned, if any.</summary>
    public string? TaskId { get; init; }
}
