using System.Globalization;
using OneMatter.Engine.Calendar;
using OneMatter.Engine.Commands;
using OneMatter.Engine.Definitions;
using OneMatter.Engine.Effects;
using OneMatter.Engine.Events;
using OneMatter.Engine.Instances;
using OneMatter.Engine.Interpreter;

namespace OneMatter.Engine.Simulation;

/// <summary>One simulated run: a discrete-event loop over the instance's pending work.</summary>
internal sealed partial class SimulationRun
{
    private const int MaxCommands = 5_000;
    private const string Applicant = "sim.applicant";

    private readonly MatterSimulator _simulator;
    private readonly MatterEngine _engine;
    private readonly BusinessCalendar _calendar;
    private readonly MatterDefinition _definition;
    private readonly SimulationScript _script;
    private readonly string _instanceId;
    private readonly string? _parent;
    private readonly List<MatterEvent> _events = [];
    private readonly List<TimelineEntry> _timeline = [];
    private readonly List<string> _notes = [];
    private readonly Dictionary<string, DateTimeOffset> _taskDue = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DateTimeOffset> _opened = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _visits = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SimulationStep> _stepOf = new(StringComparer.Ordinal);
    private readonly List<(DateTimeOffset At, string Child, EndResult Result)> _childEnds = [];
    private MatterState? _state;
    private DateTimeOffset _now;

    public SimulationRun(MatterSimulator simulator, MatterEngine engine, BusinessCalendar calendar, MatterDefinition definition,
        SimulationScript script, string instanceId, string? parent)
    {
        _simulator = simulator;
        _engine = engine;
        _calendar = calendar;
        _definition = definition;
        _script = script;
        _instanceId = instanceId;
        _parent = parent;
    }

    public SimulationResult Execute(DateTimeOffset start, IReadOnlyDictionary<string, string?>? form)
    {
        _now = start;
        var values = FormSampler.Complete(_definition.Form, form ?? _script.Form, _engine.Org, DateOnly.FromDateTime(_calendar.ToLocal(start).DateTime));
        string? stopped = Apply(new StartMatter
        {
            Actor = Actor.ApplicantAccount(Applicant), InstanceId = _instanceId, Form = values, Applicant = Applicant,
            QueryCode = "SIM", Parent = _parent,
        });
        var commands = 0;
        while (stopped is null && _state is { Status: MatterStatus.Running })
        {
            if (++commands > MaxCommands)
            {
                stopped = $"stopped after {MaxCommands} commands (does the script loop?)";
                break;
            }
            var next = NextCommand();
            if (next is null)
            {
                stopped = "nothing left to do, but the matter has not ended";
                break;
            }
            if (next.Value.At > _now)
            {
                _now = next.Value.At;
            }
            stopped = Apply(next.Value.Command);
        }
        var end = _state?.EndedAt ?? _now;
        return new SimulationResult
        {
            Definition = _definition,
            State = _state,
            Events = _events,
            Timeline = _timeline,
            Notes = _notes,
            Start = _calendar.ToLocal(start),
            End = _calendar.ToLocal(end),
            WorkingDays = _calendar.WorkingDaysBetween(start, end),
            Stopped = stopped,
        };
    }

    /// <summary>Applies a command; returns why the run must stop, or null.</summary>
    private string? Apply(MatterCommand command)
    {
        var result = _engine.Handle(_definition, _state, command, _now);
        if (result.Status == CommandStatus.Rejected)
        {
            return $"{command.GetType().Name} was rejected: {result.Rejection}";
        }
        if (result.Status == CommandStatus.Ignored)
        {
            return null;
        }
        _state = result.State;
        foreach (var e in result.Events)
        {
            _events.Add(e);
            Observe(e);
        }
        foreach (var effect in result.Effects)
        {
            if (effect is StartChildMatter child)
            {
                RunChild(child);
            }
        }
        return null;
    }

    private void RunChild(StartChildMatter child)
    {
        var definition = _simulator.FindDefinition(child.Matter)
            ?? throw new InvalidOperationException($"Called matter \"{child.Matter}\" is not loaded.");
        var form = child.Form.ToDictionary(p => p.Key, p => (string?)p.Value, StringComparer.Ordinal);
        var result = _simulator.Run(definition, _script, child.ChildInstanceId, _now, _instanceId, form);
        _notes.Add($"{Local(_now)} called {child.Matter}: {result.Result?.ToString() ?? result.Stopped} after {result.WorkingDays:0.#} working days");
        _childEnds.Add((result.State?.EndedAt ?? _now, child.ChildInstanceId, result.Result ?? EndResult.Closed));
    }

    private string Local(DateTimeOffset instant) => _calendar.ToLocal(instant).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
