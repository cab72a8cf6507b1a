namespace OneMatter.Server.Api;

/// <summary>A form field as the portal renders it.</summary>
public sealed record FieldDto(string Id, string Label, string? LabelEn, string Type, bool Required, decimal? Min, decimal? Max, string? Pattern,
    IReadOnlyList<OptionDto> Options, bool Multiple);

/// <summary>A choice of a field.</summary>
public sealed record OptionDto(string Value, string Label, string? LabelEn);

/// <summary>A matter on offer.</summary>
public sealed record MatterOfferDto(string Id, int Version, string Name, string NameEn, string Family, string Lead, IReadOnlyList<FieldDto> Form);

/// <summary>An application: form values by field id (canonical strings).</summary>
public sealed record ApplicationRequest(Dictionary<string, string?>? Form);

/// <summary>The acceptance of an application: the receipt number (the instance id) and the query
/// code printed on the receipt, which together look the matter up without an account.</summary>
public sealed record ApplicationReceipt(string ReceiptNumber, string QueryCode, string Status, long Version);

/// <summary>One line of "my matters".</summary>
public sealed record MatterSummaryDto(string Id, string DefinitionId, string Name, string Status, string? Result, DateTimeOffset StartedAt,
    DateTimeOffset? EndedAt);

/// <summary>Who holds the matter now: one open work item. <c>StepEn</c> is the English name of its
/// applicant-visible step, when the definition gives one.</summary>
public sealed record HolderDto(string TaskId, string WorkItemId, string Node, string NodeName, string? Step, string? Unit, string? UnitName,
    string Status, DateTimeOffset? Due, bool Warned, bool Overdue, bool ForApplicant,
    bool Supervised, int Urged, string? NodeNameEn = null, string? StepEn = null);

/// <summary>A finished step of the matter; <c>StepEn</c> as for <see cref="HolderDto"/>.</summary>
public sealed record StepDto(string Node, string Name, string? Step, string? Outcome, string? Unit, DateTimeOffset At, string? NameEn = null,
    string? StepEn = null);

/// <summary>A matter's status and timeline, with its files (none for the public lookup).</summary>
public sealed record MatterStatusDto(string Id, string DefinitionId, int DefinitionVersion, string Name, string NameEn, string Status, string? Result,
    long Version, DateTimeOffset StartedAt, DateTimeOffset? EndedAt, IReadOnlyList<HolderDto> Holding, IReadOnlyList<StepDto> Steps,
    IReadOnlyList<string> Documents, IReadOnlyList<AttachmentDto> Attachments);

/// <summary>A row of a unit's inbox. <c>MatterNameEn</c> and <c>NodeNameEn</c> are the English
/// names from the matter's definition (null when it is unknown or the node has none).</summary>
public sealed record InboxItemDto(string InstanceId, string TaskId, string WorkItemId, string Node, string NodeName, string MatterName, string Status,
    string? ClaimedBy, DateTimeOffset CreatedAt, DateTimeOffset? Due, bool Warned, bool Overdue, bool Supervised, int Urged, string? MatterNameEn,
    string? NodeNameEn, string DefinitionId);

/// <summary>A page of results.</summary>
public sealed record PageDto<T>(IReadOnlyList<T> Items, int Total, int Page, int PageSize);

/// <summary>Completing a task with an outcome and its fields.</summary>
public sealed record CompleteRequest(string? Outcome, Dictionary<string, string?>? Fields, string? Comment);

/// <summary>The result of an accepted command.</summary>
public sealed record CommandResultDto(string InstanceId, string Status, long Version);

/// <summary>The applicant's corrections (补正): changed form values for the open applicant task
/// (the one found when <c>TaskId</c> is left out).</summary>
public sealed record CorrectionRequest(string? TaskId, Dictionary<string, string?>? Changes);
