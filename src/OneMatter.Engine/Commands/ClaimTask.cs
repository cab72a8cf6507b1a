namespace OneMatter.Engine.Commands;

/// <summary>认领: an officer takes a work item from the unit's queue.</summary>
public sealed record ClaimTask : TaskCommand;
