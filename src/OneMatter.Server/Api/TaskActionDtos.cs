namespace OneMatter.Server.Api;

// The task actions' requests and the task detail. Records only, grouped like Dtos.cs so the web
// app finds one task screen's shapes in one place.

/// <summary>退回: the earlier node to send the matter back to (omitted: the latest task step the
/// matter passed before this one), and why.</summary>
public sealed record ReturnRequest(string? ToNode, string? Reason);

/// <summary>转办: the unit that takes the work item over for good, and why.</summary>
public sealed record TransferRequest(string? ToUnit, string? Reason);

/// <summary>委派: the unit (and optionally one officer of it) that does the work and hands it back.</summary>
public sealed record DelegateRequest(string? ToUnit, string? ToUser, string? Note);

/// <summary>Handing delegated work back, with the delegate's answer.</summary>
public sealed record ResolveRequest(string? Comment);

/// <summary>加签: a unit (and optionally one officer of it) to sign the task too.</summary>
public sealed record AddSignerRequest(string? Unit, string? User);

/// <summary>A comment on the task, for the record, with attachment ids.</summary>
public sealed record CommentRequest(string? Text, IReadOnlyList<string>? Attachments);

/// <summary>Skipping a skippable task, and why.</summary>
public sealed record SkipRequest(string? Reason);

/// <summary>A value of the matter's form with its label; for a choice field also its choices
/// (to name the value in the UI language), null for other fields.</summary>
public sealed record FormValueDto(string Id, string Label, string? LabelEn, string Type, string? Value, IReadOnlyList<OptionDto>? Options);

/// <summary>One signer's share of the task.</summary>
public sealed record WorkItemDto(string WorkItemId, string? Unit, string? UnitName, string? User, string? Role, string? ClaimedBy, string Status,
    string? Outcome, string? DelegatedByUnit, string? DelegatedByUser);

/// <summary>An outcome of the task's node: its label, the condition the engine checks when it is
/// chosen (null: always allowed), the node's fields it requires and the documents it issues.</summary>
public sealed record OutcomeDto(string Id, string Label, string? LabelEn, string? Condition, IReadOnlyList<string> RequiredFields,
    IReadOnlyList<string> Documents);

/// <summary>What the signed-in officer may do on the task now, as the engine answers each action
/// in a dry run on the current snapshot (nothing is written).</summary>
public sealed record TaskActionsDto(bool Claim, bool Release, bool Complete, bool Return, IReadOnlyList<string> ReturnTargets, bool Transfer,
    bool Delegate, bool Resolve, bool AddSigner, IReadOnlyList<string> RemovableSigners, bool Comment, bool Skip);

/// <summary>A finished step of the matter, with who decided it; <c>StepEn</c> is the English name of
/// its applicant-visible step, when the definition gives one.</summary>
public sealed record FinishedStepDto(string Node, string Name, string? Step, string? Outcome, string? Unit, string? UnitName, string? By,
    DateTimeOffset At, string? NameEn, string? StepEn = null);

/// <summary>An event of the matter's log relevant to an officer, attributed to a user and unit.
/// <c>Target</c> is the receiving unit or node (转办, 委派, 加签, 退回); <c>Text</c> the comment,
/// reason or message. <c>NodeNameEn</c> is the node's English name, when it has one.</summary>
public sealed record HistoryEntryDto(long Sequence, string Type, DateTimeOffset At, string Actor, string? Unit, string? UnitName, string? Task,
    string? Node, string? NodeName, string? Outcome, string? Target, string? Text, string? NodeNameEn);

/// <summary>A task with everything its screen needs: the matter's data, its signers, deadline and
/// supervision, the outcomes and fields of its node, the actions allowed now, the history and the
/// matter's files (the application's and every task's).</summary>
public sealed record TaskDetailDto(string InstanceId, string TaskId, bool Open, string Node, string NodeName, string? NodeNameEn, string? Step,
    string DefinitionId, string MatterName, string MatterStatus, long Version, string? Jurisdiction, string? LeadUnit, string? LeadUnitName,
    DateTimeOffset StartedAt, string? Sign, DateTimeOffset? CreatedAt, DateTimeOffset? Due, bool Warned, bool Overdue, bool Supervised, int Urged,
    string? MyWorkItem, IReadOnlyList<WorkItemDto> Items, IReadOnlyList<FormValueDto> Form, IReadOnlyList<FieldDto> Fields,
    IReadOnlyList<OutcomeDto> Outcomes, TaskActionsDto Actions, IReadOnlyList<FinishedStepDto> Steps, IReadOnlyList<HistoryEntryDto> History,
    IReadOnlyList<AttachmentDto> Attachments, string? MatterNameEn, string? StepEn = null);
