using OneMatter.Engine.Events;

namespace OneMatter.Storage;

/// <summary>An event of the log with the instance and position it belongs to, for statistics
/// that fold events of many instances at once.</summary>
/// <param name="InstanceId">The instance.</param>
/// <param name="Sequence">1-based position in the instance's log.</param>
/// <param name="Event">The event itself (who, unit, when, what).</param>
public sealed record LoggedEvent(string InstanceId, long Sequence, MatterEvent Event);
