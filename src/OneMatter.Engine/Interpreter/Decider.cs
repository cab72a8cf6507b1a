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

    private readonly MatterDefinition _definition;
    private readonly MatterStateBuilder _state;
    private readonly Actor _actor;
    private readonly OrgDirectory _org;
    private readonly BusinessCalendar _calendar;
    private readonly List<MatterEvent> _events = [];
    private readonly List<Effect> _effects = [];
    private int _steps;
    private readonly Queue<string> _runnable = new();

    public Decider(MatterDefinition definition, MatterStateBuilder state, Actor actor, DateTimeOffset now,
        OrgDirectory org, BusinessCalendar calendar)
    {
        _definition = definition;
        _state = state;
        _actor = actor;
        Now = now;
        _org = org;
        _calendar = calendar;
    }

    public DateTimeOffset Now { get; }

    public IReadOnlyList<MatterEvent> Events => _events;

    public IReadOnlyList<Effect> Effects => _effects;

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
    private string NextId(string prefix) =>
        prefix + (_state.Version + 1).ToString(CultureInfo.InvariantCulture);

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

    private object? Evaluate(Condition condition, string what)
    {
        try
        {
            return condition.Expression.Evaluate(Scope());
        }
        catch (ExpressionEvaluationException ex)
        {
            Reject(RejectionCode.ExpressionFailed, $"{what}: {ex.Message}");
            return null;
        }
    }

    private bool IsTrue(Condition condition, string what)
    {
        try
        {
            return condition.Expression.IsTrue(Scope());
        }
        catch (ExpressionEvaluationException ex)
        {
            Reject(RejectionCode.ExpressionFailed, $"{what}: {ex.Message}");
            return false;
        }
    }

    private string NodeName(string node) =>
        _definition.Nodes.TryGetValue(node, out var n) ? $"{n.Name} ({node})" : node;
}
