namespace OneMatter.Engine.Commands;

/// <summary>A comment (and attachment ids) on the matter or one of its tasks, for the record.</summary>
public sealed record CommentOnMatter : MatterCommand
{
    /// <summary>The task commented on, if any.</summary>
    public string? TaskId { get; init; }

    /// <summary>The text.</summary>
    public required string Text { get; init; }

    /// <summary>Attachment ids.</summary>
    public IReadOnlyList<string> Attachments { get; init; } = [];
}
