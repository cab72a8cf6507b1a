namespace OneMatter.Engine.Commands;

/// <summary>撤回: the applicant withdraws the application.</summary>
public sealed record WithdrawMatter : MatterCommand
{
    /// <summary>Why.</summary>
    public string? Reason { get; init; }
}
