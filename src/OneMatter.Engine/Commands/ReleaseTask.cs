namespace OneMatter.Engine.Commands;

/// <summary>Deallocation: an officer puts a claimed work item back into the unit's queue.</summary>
public sealed record ReleaseTask : TaskCommand;
