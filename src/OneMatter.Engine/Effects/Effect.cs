namespace OneMatter.Engine.Effects;

/// <summary>
/// A request for the shell to do something outside the engine after the command's events are
/// durable: schedule or cancel a timer, render a document, notify someone, start or report to
/// another matter. Effects are idempotent by their ids, so the outbox may replay them.
/// </summary>
public abstract record Effect
{
    /// <summary>The instance it concerns.</summary>
    public required string InstanceId { get; init; }
}
