using System.Collections.Immutable;
using OneMatter.Engine.Definitions;
using OneMatter.Engine.Instances;

namespace OneMatter.Engine.Interpreter;

/// <summary>
/// The mutable working copy of a <see cref="MatterState"/> while one command is decided (or
/// while events are replayed). Only <see cref="StateEvolver"/> changes it, so every change is an
/// event and replay rebuilds the same state.
/// </summary>
internal sealed class MatterStateBuilder
{
    public string InstanceId = "";
    public string DefinitionId = "";
    public int DefinitionVersion;
    public MatterStatus Status;
    public EndResult? Result;
    public string? Applicant;
    public string? QueryCode;
    public string? Jurisdiction;
    public string? LeadUnit;
    public string? Parent;
    public ImmutableDictionary<string, string> Form = ImmutableDictionary<string, string>.Empty;
    public DateTimeOffset StartedAt;
    public DateTimeOffset? EndedAt;
    public long Version;
    public readonly List<Token> Tokens = [];
    public readonly List<TaskState> Tasks = [];
    public readonly List<JoinState> Joins = [];
    public readonly List<DeadlineState> Deadlines = [];
    public readonly List<TimerState> Timers = [];
    public readonly List<CallState> Calls = [];
    public ImmutableDictionary<string, NodeRecord> Records = ImmutableDictionary<string, NodeRecord>.Empty;
    public ImmutableArray<string>.Builder Documents = ImmutableArray.CreateBuilder<string>();

    public static MatterStateBuilder From(MatterState state)
    {
        var builder = new MatterStateBuilder
        {
            InstanceId = state.InstanceId,
            DefinitionId = state.DefinitionId,
            DefinitionVersion = state.DefinitionVersion,
            Status = state.Status,
            Result = state.Result,
            Applicant = state.Applicant,
            QueryCode = state.QueryCode,
            Jurisdiction = state.Jurisdiction,
            LeadUnit = state.LeadUnit,
            Parent = state.Parent,
            Form = state.Form,
            StartedAt = state.StartedAt,
            EndedAt = state.EndedAt,
            Version = state.Version,
            Records = state.Records,
        };
        builder.Tokens.AddRange(state.Tokens);
        builder.Tasks.AddRange(state.Tasks);
        builder.Joins.AddRange(state.Joins);
        builder.Deadlines.AddRange(state.Deadlines);
        builder.Timers.AddRange(state.Timers);
        builder.Calls.AddRange(state.Calls);
        builder.Documents.AddRange(state.Documents);
        return builder;
    }

    public MatterState ToState() => new()
    {
        InstanceId = InstanceId,
        DefinitionId = DefinitionId,
        DefinitionVersion = DefinitionVersion,
        Status = Status,
        Result = Result,
        Applicant = Applicant,
        QueryCode = QueryCode,
        Jurisdiction = Jurisdiction,
        LeadUnit = LeadUnit,
        Parent = Parent,
        Form = Form,
        StartedAt = StartedAt,
        EndedAt = EndedAt,
        Version = Version,
        Tokens = [.. Tokens],
        Tasks = [.. Tasks],
        Joins = [.. Joins],
        Deadlines = [.. Deadlines],
        Timers = [.. Timers],
        Calls = [.. Calls],
        Records = Records,
        Documents = Documents.ToImmutable(),
    };

    public int IndexOfTask(string id) => Tasks.FindIndex(t => t.Id == id);

    public TaskState? Task(string id)
    {
        var index = IndexOfTask(id);
        return index < 0 ? null : Tasks[index];
    }

    public Token? Token(string id)
    {
        foreach (var token in Tokens)
        {
            if (token.Id == id)
            {
                return token;
            }
        }
        return null;
    }

    public TimerState? Timer(string id)
    {
        foreach (var timer in Timers)
        {
            if (timer.Id == id)
            {
                return timer;
            }
        }
        return null;
    }

    public DeadlineState? Deadline(string id)
    {
        foreach (var deadline in Deadlines)
        {
            if (deadline.Id == id)
            {
                return deadline;
            }
        }
        return null;
    }

    public DeadlineState? MatterDeadlineBuilder()
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

    public JoinState? Join(string split)
    {
        foreach (var join in Joins)
        {
            if (join.Split == split)
            {
                return join;
            }
        }
        return null;
    }

    public void Replace<T>(List<T> list, Predicate<T> match, Func<T, T> change)
    {
        var index = list.FindIndex(match);
        if (index >= 0)
        {
            list[index] = change(list[index]);
        }
    }
}
