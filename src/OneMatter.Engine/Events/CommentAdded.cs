using System.Collections.Immutable;

namespace OneMatter.Engine.Events;

/// <summary>A comment for the record.</summary>
public sealed record CommentAdded : MatterEvent
{
    /// <summary>Task, if any.</summary>
    public string? Task { get; init; }
    /// <summary>Text.</summary>
    public required string Text { get; init; }
    /// <summary>Attachment ids.</summary>
    public ImmutableArray<string> Attachments { get; init; } = [];
}
