namespace OneMatter.Engine.Persistence;

/// <summary>The answer to binding a set of attachments: all bound, or none and why each failed.</summary>
/// <param name="Failures">Every id that could not be bound; empty when all were.</param>
public sealed record AttachmentBinding(IReadOnlyList<AttachmentBindFailure> Failures)
{
    /// <summary>Whether every attachment was bound.</summary>
    public bool Bound => Failures.Count == 0;
}
