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
    public MatterHeader Header = MatterHeader.None;
    public MatterStatus Status;
    public EndResult? Result;
    public ValueMap<string> Form = ValueMap<string>.Empty;

    public string InstanceId => Header.InstanceId;
    public string? Applicant => Header.Applicant;
    public string? QueryCode => Header.QueryCode;
    public string? Jurisdiction => Header.Jurisdiction;
    public string? LeadUnit => Header.LeadUnit;
    public string? Parent => Header.Parent;
    public DateTimeOffset StartedAt => Header.StartedAt;
    public DateTimeOffset? EndedAt;
    public long Version;
    public CowList<Token> Tokens;
    public CowList<TaskState> Tasks;
    public CowList<JoinState> Joins;
    public CowList<DeadlineState> Deadlines;
    public CowList<TimerState> Timers;
    public CowList<CallState> Calls;
    public RecordLog Records = RecordLog.Empty;
    public CowList<string> Documents;

    /// <summary>Loads a snapshot (or clears for a new instance when null), reusing this object.</summary>
    public void Load(MatterState? state)
    {
        Header = state?.Header ?? MatterHeader.None;
        Status = state?.Status ?? MatterStatus.Running;
        Result = state?.Result;
        Form = state?.Form ?? ValueMap<string>.Empty;
        EndedAt = state?.EndedAt;
        Version = state?.Version ?? 0;
        Records = state?.Records ?? RecordLog.Empty;
        Tokens = new(state?.Tokens ?? []);
        Tasks = new(state?.Tasks ?? []);
        Joins = new(state?.Joins ?? []);
        Deadlines = new(state?.Deadlines ?? []);
        Timers = new(state?.Timers ?? []);
        Calls = new(state?.Calls ?? []);
        Documents = new(state?.Documents ?? []);
    }

    public MatterState ToState() => new()
    {
        Header = Header,
        Status = Status,
        Result = Result,
        Form = Form,
        EndedAt = EndedAt,
        Version = Version,
        Tokens = Tokens.ToImmutable(),
        Tasks = Tasks.ToImmutable(),
        Joins = Joins.ToImmutable(),
        Deadlines = Deadlines.ToImmutable(),
        Timers = Timers.ToImmutable(),
        Calls = Calls.ToImmutable(),
        Records = Records,
        Documents = Documents.ToImmutable(),
    };

    public int IndexOfTask(string id)
    {
        for (var i = 0; i < Tasks.Count; i++)
        {
            if (Tasks[i].Id == id)
            {
                return i;
            }
        }
        return -1;
    }

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

    // Keyed look-ups and removals written as loops: lambdas here would allocate on every event.

    public int IndexOfToken(string id)
    {
        for (var i = 0; i < Tokens.Count; i++)
        {
            if (Tokens[i].Id == id)
            {
                return i;
            }
        }
        return -1;
    }

    public int IndexOfJoin(string split)
    {
        for (var i = 0; i < Joins.Count; i++)
        {
            if (Joins[i].Split == split)
            {
                return i;
            }
        }
        return -1;
    }

    public int IndexOfDeadline(string id)
    {
        for (var i = 0; i < Deadlines.Count; i++)
        {
            if (Deadlines[i].Id == id)
            {
                return i;
            }
        }
        return -1;
    }

    public void RemoveToken(string id)
    {
        var index = IndexOfToken(id);
        if (index >= 0)
        {
            Tokens.RemoveAt(index);
        }
    }

    public void RemoveTask(string id)
    {
        var index = IndexOfTask(id);
        if (index >= 0)
        {
            Tasks.RemoveAt(index);
        }
    }

    public void RemoveDeadline(string id)
    {
        var index = IndexOfDeadline(id);
        if (index >= 0)
        {
            Deadlines.RemoveAt(index);
        }
    }

    public void RemoveTimer(string id)
    {
        for (var i = 0; i < Timers.Count; i++)
        {
            if (Timers[i].Id == id)
            {
                Timers.RemoveAt(i);
                return;
            }
        }
    }

    public void RemoveTimersOf(string deadline)
    {
        for (var i = Timers.Count - 1; i >= 0; i--)
        {
            if (Timers[i].Deadline == deadline)
            {
                Timers.RemoveAt(i);
            }
        }
    }
}
