namespace OneMatter.Server.Api;

// The command centre's shapes. Records only, grouped like Dtos.cs.

/// <summary>How many matters of a definition are in a status.</summary>
public sealed record MatterCountDto(string DefinitionId, string Name, string Status, int Count);

/// <summary>A row of the command centre's matter list: where it is, who holds it now and
/// whether anything is warned, overdue or under supervision.</summary>
public sealed record SupervisedMatterDto(string Id, string DefinitionId, string Name, string Status, string? Result, string? Jurisdiction,
    string? JurisdictionName, string? LeadUnit, string? LeadUnitName, DateTimeOffset StartedAt, DateTimeOffset? EndedAt, IReadOnlyList<string> HoldingUnits,
    int OpenTasks, int WarnedTasks, int OverdueTasks, int SupervisedTasks, int Urged, string? NameEn = null);

/// <summary>The matters page: counts by definition and status over the whole filter (ignoring
/// the status filter), and one page of rows.</summary>
public sealed record SupervisionMattersDto(IReadOnlyList<MatterCountDto> Counts, PageDto<SupervisedMatterDto> Page);

/// <summary>A warned (预警) or overdue (超期) open work item with its unit. <c>Level</c> is
/// <c>overdue</c> once the due instant is past (even before the engine's timer marked it), else
/// <c>warning</c>; <c>OverdueWorkingDays</c> counts working days past due; <c>SupervisionDocument</c>
/// is the 督办单 the matter issues with 督办 there, if it has one.</summary>
public sealed record AlertDto(string InstanceId, string TaskId, string WorkItemId, string Node, string NodeName, string DefinitionId, string MatterName,
    string? Unit, string? UnitName, string? ClaimedBy, string Level, DateTimeOffset CreatedAt, DateTimeOffset? Due, double? OverdueWorkingDays,
    bool Warned, bool Overdue, bool Supervised, int Urged, string? SupervisionDocument, string? MatterNameEn = null, string? NodeNameEn = null);

/// <summary>催办: the message to the holder.</summary>
public sealed record SupervisionMessageRequest(string? Message);

/// <summary>督办: the instruction to the holder and, optionally, the document of the matter to
/// issue with it (the 督办单: an alert's <c>SupervisionDocument</c>).</summary>
public sealed record SuperviseRequest(string? Message, string? Document);

/// <summary>
/// A unit's performance over the period (by completion instant) from the event log, and its
/// backlog now from the task projection. A completion is the unit's signature or decision on a
/// task (work item completed or task completed by an officer of the unit); it counts from when the
/// work reached the unit (task created, transferred or signer added) to when it was done, in
/// working days of the matter's calendar. On time: done by the task's due instant; tasks without a
/// deadline count in <c>Completed</c> but not in the on-time rate.
/// </summary>
public sealed record UnitStatisticsDto(string Unit, string? UnitName, string? Kind, string? Jurisdiction, int Completed, int CompletedWithDeadline,
    int CompletedOnTime, double? OnTimeRate, double? AverageWorkingDays, int Backlog, int BacklogOverdue, int Urged, int Supervised);

/// <summary>Satisfaction answers recorded on the matters a unit leads (the <c>satisfaction</c>
/// field of a closing visit: satisfied, basic, unsatisfied).</summary>
public sealed record SatisfactionDto(int Satisfied, int Basic, int Unsatisfied, double? Rate);

/// <summary>One unit's inputs to appraisal.</summary>
public sealed record UnitScoreInputDto(string Unit, string? UnitName, int Completed, double? OnTimeRate, int OverdueCount, int SupervisedCount,
    int UrgedCount, SatisfactionDto Satisfaction);

/// <summary>One officer's inputs to appraisal: signatures and decisions, on time and late.</summary>
public sealed record OfficerScoreInputDto(string User, string Unit, int Completed, int OnTime, int Late, double? AverageWorkingDays);

/// <summary>The inputs the county's appraisal scores from; <c>Basis</c> says what they are.</summary>
public sealed record ScoreInputsDto(string Basis, DateTimeOffset? From, DateTimeOffset? To, IReadOnlyList<UnitScoreInputDto> Units,
    IReadOnlyList<OfficerScoreInputDto> Officers);

/// <summary>One day of the command centre's trend (China time): completions, those with a
/// deadline on time or late, the on-time rate among those (null when none), and the open work and
/// overdue open work at the end of the day (today: now).</summary>
public sealed record TrendDayDto(string Date, int Completed, int OnTime, int Late, double? OnTimeRate, int Backlog, int OverdueBacklog);
