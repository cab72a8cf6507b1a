namespace OneMatter.Engine.Interpreter;

/// <summary>What became of a command.</summary>
public enum CommandStatus
{
    /// <summary>Applied: events and effects came out.</summary>
    Applied,
    /// <summary>Refused with a reason; nothing changed.</summary>
    Rejected,
    /// <summary>A stale, repeated or early timer: nothing to do, nothing changed.</summary>
    Ignored,
}
