using System.Globalization;
using OneMatter.Engine.Calendar;
using OneMatter.Engine.Commands;
using OneMatter.Engine.Definitions;
using OneMatter.Engine.Effects;
using OneMatter.Engine.Events;
using OneMatter.Engine.Expressions;
using OneMatter.Engine.Instances;
using OneMatter.Engine.Organisation;

namespace OneMatter.Engine.Interpreter;

/// <summary>
/// Decides one command against a working copy of the state: every change is emitted as an event
/// and applied at once through <see cref="StateEvolver"/>, so later steps of the same command see
/// it. Throws <see cref="CommandRejectedException"/> to abandon the command; the caller then
/// discards everything. Deterministic: time is <see cref="Now"/>, ids come from event numbers.
/// </summary>
internal sealed partial class Decider
{
    private const int MaxStepsPerCommand = 10_000;

    [ThreadStatic]
    private static Decider? t_idle;

    private MatterDefinition _definition = null!;
    private readonly MatterStateBuilder _state = new();
    private Actor _actor = null!;
    private OrgDirectory _org = null!;
    private BusinessCalendar _calendar = null!;
    private readonly List<MatterEvent> _events = new(16);
    private readonly List<Effect> _effects = new(8);
    private int _steps;
    private readonly Queue<string> _runnable = new();

    private Decider()
    {
    }

    /// <summary>
    /// This thread's idle decider, loaded with a command's inputs. Deciders and their working
    /// state are reused because a command is a few microseconds of work and allocating them
    /// each time was a fifth of it; <see cref="Release"/> gives it back.
    /// </summary>
    public static Decider Rent(MatterDefinition definition, MatterState? state, Actor actor, DateTimeOffset now,
        OrgDirectory org, BusinessCalendar calendar)
    {
        var decider = t_idle ?? new Decider();
        t_idle = null;
        decider._definition = definition;
        decider._actor = actor;
        decider.Now = now;
        decider._org = org;
        decider._calendar = calendar;
        decider._state.Load(state);
        return decider;
    }

    /// <summary>Clears the decider and keeps it for the next command on this thread.</summary>
    public void Release()
    {
        _events.Clear();
        _effects.Clear();
        _runnable.Clear();
        _steps = 0;
        _scope = null;
        _scopeVersion = -1;
        IgnoredBecause = null;
        _state.Load(null);
        _definition = null!;
        _actor = null!;
        t_idle = this;
    }

    /// <summary>The working state (read it before <see cref="Release"/>).</summary>
    public MatterStateBuilder State => _state;

    public DateTimeOffset Now { get; private set; }

    /// <summary>The events so far, copied out (the list itself is reused).</summary>
    public MatterEvent[] TakeEvents() => [.. _events];

    /// <summary>The effects so far, copied out.</summary>
    public Effect[] TakeEffects() => _effects.Count == 0 ? [] : [.. _effects];

    /// <summary>Why a command was ignored (stale or early timers).</summary>
    public string? IgnoredBecause { get; private set; }

    private string Who => _actor.Id;

    private string? WhoUnit => _actor.Unit;

    private string InstanceId => _state.InstanceId;

    private void Emit(MatterEvent e)
    {
        _events.Add(e);
        StateEvolver.Apply(_state, e);
    }

    private void Effect(Effect effect) => _effects.Add(effect);

    /// <summary>An id carrying the number the next event will get: unique and deterministic.</summary>
    private string NextId(string prefix) => IdCache.Get(prefix, _state.Version + 1);

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private static void Reject(RejectionCode code, string message, string? field = null) =>
        throw new CommandRejectedException(new Rejection(code, message, field));

    private void RequireRunning()
    {
        if (_state.Status != MatterStatus.Running)
        {
            Reject(RejectionCode.NotAllowedInState, $"事项已办结 (the matter has ended: {_state.Result})");
        }
    }

    private void NotifyUnit(string unit, NotificationKind kind, string message, string? task = null) =>
        Effect(new Notify { InstanceId = InstanceId, Recipient = RecipientKind.Unit, To = unit, Kind = kind, Message = message, TaskId = task });

    private void NotifyApplicant(NotificationKind kind, string message)
    {
        if (_state.Applicant is { } applicant)
        {
            Effect(new Notify { InstanceId = InstanceId, Recipient = RecipientKind.Applicant, To = applicant, Kind = kind, Message = message });
        }
    }

    /// <summary>The command centre supervising this matter's place (nearest one up the tree),
    /// else any command centre at the highest level.</summary>
    private string? CommandCentre()
    {
        if (_state.Jurisdiction is { } place && _org.Resolve("command-centre", place) is { } covering)
        {
            return covering.Id;
        }
        return _org.Units.Where(u => u.Kind == "command-centre").OrderBy(u => u.Level).Select(u => u.Id).FirstOrDefault();
    }

    private ExpressionScope? _scope;
    private long _scopeVersion = -1;

    /// <summary>The expression scope, rebuilt only when an event has changed the state since.</summary>
    private ExpressionScope Scope()
    {
        if (_scope is null || _scopeVersion != _state.Version)
        {
            _scope = ScopeBuilder.Build(_definition, _state, _org);
            _scopeVersion = _state.Version;
        }
        return _scope;
    }

    private object? Evaluate(Condition condition, What what)
    {
        // A bare member path (form.township) is read straight from the views: same value, no
        // interpreter round trip. Anything missing goes through the sandbox for its error.
        if (condition.Expression.SimplePath is { } path)
        {
            if (path.Count == 2 && path[0] == "form" && _definition.Field(path[1]) is { } field)
            {
                // The commonest case (属地 assignment by form.township) needs no scope at all.
                return _state.Form.TryGetValue(field.Id, out var text) ? ScopeBuilder.Typed(field, text) : null;
            }
            if (ScopeBuilder.TryRead(Scope(), path, out var direct))
            {
                return direct;
            }
        }
        try
        {
            return condition.Expression.Evaluate(Scope());
        }
        catch (ExpressionEvaluationException ex)
        {
            Reject(RejectionCode.ExpressionFailed, $"{Describe(what)}: {ex.Message}");
            return null;
        }
    }

    private bool IsTrue(Condition condition, What what)
    {
        try
        {
            return condition.Expression.IsTrue(Scope());
        }
        catch (ExpressionEvaluationException ex)
        {
            Reject(RejectionCode.ExpressionFailed, $"{Describe(what)}: {ex.Message}");
            return false;
        }
    }

    /// <summary>What an expression was evaluated for, formatted only when it fails.</summary>
    private readonly record struct What(string Format, string Argument, string? Node);

    private string Describe(What what) =>
        string.Format(CultureInfo.InvariantCulture, what.Format, what.Argument, what.Node is null ? "" : NodeName(what.Node));

    private string NodeName(string node) =>
        _definition.Nodes.TryGetValue(node, out var n) ? $"{n.Name} ({node})" : node;
}
