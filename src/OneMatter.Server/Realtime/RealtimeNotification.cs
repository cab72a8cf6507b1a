namespace OneMatter.Server.Realtime;

/// <summary>
/// The <c>notification</c> message: a Notify effect of the engine, for a unit's workbench
/// (handoff, urge, warning …), the applicant, or the command centre (warning, overdue,
/// supervision of a matter in its jurisdiction).
/// </summary>
/// <param name="InstanceId">The matter (receipt number).</param>
/// <param name="DefinitionId">Its definition, e.g. <c>rural-housing</c>.</param>
/// <param name="Kind"><c>handoff</c>, <c>warning</c>, <c>overdue</c>, <c>supervision</c>, <c>urge</c>,
/// <c>message</c> or <c>status</c>.</param>
/// <param name="Recipient"><c>unit</c> or <c>applicant</c>: whom the engine addressed.</param>
/// <param name="Unit">The unit addressed, for unit notifications.</param>
/// <param name="TaskId">The task concerned, if any.</param>
/// <param name="Node">The task's node id, when the task is still open.</param>
/// <param name="NodeName">The task's node name, when known.</param>
/// <param name="Message">The engine's text.</param>
/// <param name="Version">The matter's version when the message was sent.</param>
/// <param name="NodeNameEn">The node's English name, when it has one.</param>
public sealed record RealtimeNotification(string InstanceId, string DefinitionId, string Kind, string Recipient, string? Unit, string? TaskId,
    string? Node, string? NodeName, string Message, long Version, string? NodeNameEn = null);
