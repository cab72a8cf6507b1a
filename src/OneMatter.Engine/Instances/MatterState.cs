using System.Collections.Immutable;
using System.Text.Json.Serialization;
using OneMatter.Engine.Definitions;

namespace OneMatter.Engine.Instances;

/// <summary>
/// The snapshot of one matter instance: everything the interpreter needs to decide the next
/// command. Immutable; a new snapshot comes out of every applied command, and folding the
/// instance's events from nothing rebuilds it exactly (<see cref="Interpreter.MatterEngine.Replay"/>).
/// Serializable with System.Text.Json as is.
/// </summary>
public sealed record MatterState
{
    /// <summary>Identity and ownership, shared by every snapshot of the instance.</summary>
    public required MatterHeader Header { get; init; }

    /// <summary>Instance id (the receipt number).</summary>
    [JsonIgnore]
    public string InstanceId => Header.InstanceId;

    /// <summary>Definition id.</summary>
    [JsonIgnore]
    public string DefinitionId => Header.DefinitionId;

    /// <summary>The definition version the instance started on and stays on.</summary>
    [JsonIgnore]
    public int DefinitionVersion => Header.DefinitionVersion;

    /// <summary>The applicant (or reporter) account, if any.</summary>
    [JsonIgnore]
    public string? Applicant => Header.Applicant;

    /// <summary>Receipt look-up code.</summary>
    [JsonIgnore]
    public string? QueryCode => Header.QueryCode;

    /// <summary>The matter's place (jurisdiction id), if the definition names one.</summary>
    [JsonIgnore]
    public string? Jurisdiction => Header.Jurisdiction;

    /// <summary>The concrete lead unit.</summary>
    [JsonIgnore]
    public string? LeadUnit => Header.LeadUnit;

    /// <summary>The parent instance when started by a call node.</summary>
    [JsonIgnore]
    public string? Parent => Header.Parent;

    /// <summary>When it started.</summary>
    [JsonIgnore]
    public DateTimeOffset StartedAt => Header.StartedAt;

    /// <summary>Running or ended.</summary>
    public MatterStatus Status { get; init; }

    /// <summary>How it ended.</summary>
    public EndResult? Result { get; init; }

    /// <summary>The form as submitted and corrected, canonical strings by field id.</summary>
    public ValueMap<string> Form { get; init; } = ValueMap<string>.Empty;

    /// <summary>When it ended.</summary>
    public DateTimeOffset? EndedAt { get; init; }

    /// <summary>Number of events applied so far: the optimistic-concurrency version. Ids made
    /// inside the instance (tokens, tasks, timers …) carry the sequence number of the event that
    /// introduced them, so they are deterministic and unique.</summary>
    public long Version { get; init; }

    /// <summary>Live tokens.</summary>
    public ImmutableArray<Token> Tokens { get; init; } = [];

    /// <summary>Open tasks.</summary>
    public ImmutableArray<TaskState> Tasks { get; init; } = [];

    /// <summary>Open split activations.</summary>
    public ImmutableArray<JoinState> Joins { get; init; } = [];

    /// <summary>Running deadlines.</summary>
    public ImmutableArray<DeadlineState> Deadlines { get; init; } = [];

    /// <summary>Pending timers.</summary>
    public ImmutableArray<TimerState> Timers { get; init; } = [];

    /// <summary>Awaited child matters.</summary>
    public ImmutableArray<CallState> Calls { get; init; } = [];

    /// <summary>The last record of each node a token left.</summary>
    public RecordLog Records { get; init; } = RecordLog.Empty;

    /// <summary>Documents issued so far (ids in issue order).</summary>
    public ImmutableArray<string> Documents { get; init; } = [];

    /// <summary>The open task with this id, or null.</summary>
    public TaskState? Task(string id)
    {
        foreach (var task in Tasks)
        {
            if (task.Id == id)
            {
                return task;
            }
        }
        return null;
    }

    /// <summary>The matter-level deadline, if running.</summary>
    public DeadlineState? MatterDeadline
    {
        get
        {
            foreach (var deadline in Deadlines)
            {
                if (deadline.Task is null)
                {
                    return deadline;
                }
            }
            return null;
        }
    }
}
