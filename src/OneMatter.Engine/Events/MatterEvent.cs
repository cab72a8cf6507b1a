using System.Text.Json.Serialization;

namespace OneMatter.Engine.Events;

/// <summary>
/// A fact about a matter instance: who (account and unit), when, what. The events of an instance
/// are its audit trail and its applicant-facing timeline, and folding them rebuilds the state.
/// Serialized with a <c>type</c> discriminator; never rename a type or its properties once
/// stored — add new ones instead.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(MatterStarted), "matter-started")]
[JsonDerivedType(typeof(MatterEnded), "matter-ended")]
[JsonDerivedType(typeof(TokenMoved), "token-moved")]
[JsonDerivedType(typeof(TokenConsumed), "token-consumed")]
[JsonDerivedType(typeof(TaskCreated), "task-created")]
[JsonDerivedType(typeof(TaskClaimed), "task-claimed")]
[JsonDerivedType(typeof(TaskReleased), "task-released")]
[JsonDerivedType(typeof(WorkItemCompleted), "work-item-completed")]
[JsonDerivedType(typeof(TaskCompleted), "task-completed")]
[JsonDerivedType(typeof(TaskCancelled), "task-cancelled")]
[JsonDerivedType(typeof(TaskReturned), "task-returned")]
[JsonDerivedType(typeof(TaskTransferred), "task-transferred")]
[JsonDerivedType(typeof(TaskDelegated), "task-delegated")]
[JsonDerivedType(typeof(DelegationResolved), "delegation-resolved")]
[JsonDerivedType(typeof(SignerAdded), "signer-added")]
[JsonDerivedType(typeof(SignerRemoved), "signer-removed")]
[JsonDerivedType(typeof(TaskUrged), "task-urged")]
[JsonDerivedType(typeof(TaskSupervised), "task-supervised")]
[JsonDerivedType(typeof(CommentAdded), "comment-added")]
[JsonDerivedType(typeof(FilesAttached), "files-attached")]
[JsonDerivedType(typeof(SplitOpened), "split-opened")]
[JsonDerivedType(typeof(JoinArrived), "join-arrived")]
[JsonDerivedType(typeof(JoinFired), "join-fired")]
[JsonDerivedType(typeof(SplitAbandoned), "split-abandoned")]
[JsonDerivedType(typeof(DecisionTaken), "decision-taken")]
[JsonDerivedType(typeof(TimerStarted), "timer-started")]
[JsonDerivedType(typeof(TimerElapsed), "timer-elapsed")]
[JsonDerivedType(typeof(TimerCancelled), "timer-cancelled")]
[JsonDerivedType(typeof(DeadlineSet), "deadline-set")]
[JsonDerivedType(typeof(DeadlineCleared), "deadline-cleared")]
[JsonDerivedType(typeof(DeadlineEscalated), "deadline-escalated")]
[JsonDerivedType(typeof(ClockPaused), "clock-paused")]
[JsonDerivedType(typeof(ClockResumed), "clock-resumed")]
[JsonDerivedType(typeof(MaterialsCorrected), "materials-corrected")]
[JsonDerivedType(typeof(DocumentIssued), "document-issued")]
[JsonDerivedType(typeof(NotificationSent), "notification-sent")]
[JsonDerivedType(typeof(CallStarted), "call-started")]
[JsonDerivedType(typeof(CallReturned), "call-returned")]
[JsonDerivedType(typeof(CallWithdrawn), "call-withdrawn")]
[JsonDerivedType(typeof(DrawMade), "draw-made")]
public abstract record MatterEvent
{
    /// <summary>When it happened.</summary>
    public required DateTimeOffset At { get; init; }

    /// <summary>Account that caused it (<c>system</c> for timers).</summary>
    public required string Actor { get; init; }

    /// <summary>The actor's unit, if any.</summary>
    public string? Unit { get; init; }
}
