namespace OneMatter.Engine.Interpreter;

/// <summary>Why a command was refused; each has a specific message as well.</summary>
public enum RejectionCode
{
    /// <summary>The command does not fit the instance's state (ended, not started, wrong node kind).</summary>
    NotAllowedInState,
    /// <summary>The actor may not act on this task or matter.</summary>
    NotYourTask,
    /// <summary>No open task with that id.</summary>
    UnknownTask,
    /// <summary>The node has no such outcome.</summary>
    UnknownOutcome,
    /// <summary>The outcome's guard is false.</summary>
    GuardFalse,
    /// <summary>A form or task field is invalid; <see cref="Rejection.Field"/> names it.</summary>
    InvalidField,
    /// <summary>No such node (for 退回) or not one the matter has passed.</summary>
    UnknownNode,
    /// <summary>No such unit in the org directory.</summary>
    UnknownUnit,
    /// <summary>Another officer holds the work item.</summary>
    AlreadyClaimed,
    /// <summary>A task could not be assigned to a unit.</summary>
    UnresolvedAssignment,
    /// <summary>An expression failed at run time.</summary>
    ExpressionFailed,
    /// <summary>The command conflicts with a change already applied.</summary>
    Conflict,
}
