namespace OneMatter.Engine.Definitions;

/// <summary>
/// A unit's human task (办理环节): an officer of the assignee unit claims it and completes it
/// with one of its outcomes. With <see cref="Signers"/> it becomes a multi-signer task
/// (会签 / 或签 / 依次审批 by <see cref="Sign"/>).
/// </summary>
public sealed record TaskNode : Node
{
    /// <inheritdoc />
    public override string Kind => "task";

    /// <summary>Who receives the task.</summary>
    public required Assignee Assignee { get; init; }

    /// <summary>How several signers combine; <see cref="SignMode.Single"/> without signers.</summary>
    public SignMode Sign { get; init; } = SignMode.Single;

    /// <summary>The signers for all / any / sequential; empty means one work item for
    /// <see cref="Assignee"/>.</summary>
    public IReadOnlyList<Assignee> Signers { get; init; } = [];

    /// <summary>Time limit of the task (办理时限).</summary>
    public Duration? Deadline { get; init; }

    /// <summary>Overrides the definition's default escalation policy when set.</summary>
    public IReadOnlyList<EscalationRule>? Escalation { get; init; }

    /// <summary>The named outcomes, in declaration order; the first is the agreeing one for
    /// sign modes.</summary>
    public required IReadOnlyList<Outcome> Outcomes { get; init; }

    /// <summary>Fields the officer fills in (opinion, measured area, …).</summary>
    public IReadOnlyList<FormField> Fields { get; init; } = [];

    /// <summary>Optional boundary timer.</summary>
    public Timeout? Timeout { get; init; }

    /// <summary>Whether an officer of the unit may skip the task (it then takes the first
    /// outcome).</summary>
    public bool Skippable { get; init; }

    /// <inheritdoc />
    public override IEnumerable<string> Successors =>
        Timeout is null ? Outcomes.Select(o => o.Next) : Outcomes.Select(o => o.Next).Append(Timeout.Next);

    /// <summary>The outcome with the given id, or null.</summary>
    public Outcome? Outcome(string id)
    {
        foreach (var outcome in Outcomes)
        {
            if (outcome.Id == id)
            {
                return outcome;
            }
        }
        return null;
    }
}
