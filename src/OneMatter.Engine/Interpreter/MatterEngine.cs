using OneMatter.Engine.Calendar;
using OneMatter.Engine.Commands;
using OneMatter.Engine.Definitions;
using OneMatter.Engine.Events;
using OneMatter.Engine.Instances;
using OneMatter.Engine.Organisation;

namespace OneMatter.Engine.Interpreter;

/// <summary>
/// The interpreter: <c>(definition, state, command, now) → (state', events, effects)</c>. Pure and
/// deterministic — it reads no clock, does no I/O and keeps no state of its own but the org
/// directory and calendars it decides against, so it is safe to share between threads. The shell
/// persists the events, performs the effects after commit and feeds timer firings back in as commands.
/// </summary>
/// <remarks>
/// An administrator may replace the org directory and calendars while the engine runs (next year's
/// holidays, a renamed unit): <see cref="Switch"/> swaps both as one immutable pair held in a
/// volatile field, and <see cref="Handle"/> reads that field once, so a command is decided against
/// the old pair or the new one, never half of each. Instants already computed (deadlines, timers)
/// are in the instances' state and stay as they are; only commands decided after the switch use the
/// new directory.
/// </remarks>
public sealed class MatterEngine
{
    private volatile OrgAndCalendars _current;

    /// <summary>Creates an engine over an org directory and the calendars by id.</summary>
    public MatterEngine(OrgDirectory org, IReadOnlyDictionary<string, BusinessCalendar> calendars)
    {
        _current = new OrgAndCalendars(org, calendars);
    }

    /// <summary>The org directory assignments resolve through now.</summary>
    public OrgDirectory Org => _current.Org;

    /// <summary>The working-day calendars deadlines are counted on now, by id.</summary>
    public IReadOnlyDictionary<string, BusinessCalendar> Calendars => _current.Calendars;

    /// <summary>Both at once, for callers that must not see one from before a switch and the other
    /// from after it.</summary>
    public (OrgDirectory Org, IReadOnlyDictionary<string, BusinessCalendar> Calendars) Current
    {
        get
        {
            var current = _current;
            return (current.Org, current.Calendars);
        }
    }

    /// <summary>
    /// Decides every later command against <paramref name="org"/> and <paramref name="calendars"/>.
    /// Atomic: a command being decided now finishes on the pair it started with. The caller checks
    /// that the definitions it serves still validate against the new pair before switching.
    /// </summary>
    public void Switch(OrgDirectory org, IReadOnlyDictionary<string, BusinessCalendar> calendars)
    {
        ArgumentNullException.ThrowIfNull(org);
        ArgumentNullException.ThrowIfNull(calendars);
        _current = new OrgAndCalendars(org, calendars);
    }

    /// <summary>
    /// Decides one command. <paramref name="state"/> is null only for <see cref="StartMatter"/>.
    /// A rejected or ignored command returns the input state, no events and no effects.
    /// Deterministic: never read the wall clock here; <paramref name="now"/> is the command's time.
    /// </summary>
    public EngineResult Handle(MatterDefinition definition, MatterState? state, MatterCommand command, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(command);
        if (state is null && command is not StartMatter)
        {
            return Rejected(null, new Rejection(RejectionCode.NotAllowedInState, "事项尚未开始 (the matter has not started)"));
        }
        if (state is not null && command is StartMatter)
        {
            return Rejected(state, new Rejection(RejectionCode.Conflict, $"事项 {state.InstanceId} 已存在 (the matter already exists)"));
        }
        if (state is not null && (state.DefinitionId != definition.Id || state.DefinitionVersion != definition.Version))
        {
            throw new ArgumentException(
                $"Instance {state.InstanceId} runs on {state.DefinitionId} v{state.DefinitionVersion}, not {definition.Id} v{definition.Version}.",
                nameof(definition));
        }
        // Read once: the org directory and the calendar of this command come from the same pair.
        var current = _current;
        if (!current.Calendars.TryGetValue(definition.Calendar, out var calendar))
        {
            return Rejected(state, new Rejection(RejectionCode.NotAllowedInState, $"没有工作日历 \"{definition.Calendar}\" (calendar \"{definition.Calendar}\" is not loaded)"));
        }
        var decider = Decider.Rent(definition, state, command.Actor, now.ToUniversalTime(), current.Org, calendar);
        try
        {
            var status = decider.Execute(command);
            if (status == CommandStatus.Ignored)
            {
                return new EngineResult
                {
                    Status = CommandStatus.Ignored,
                    State = state,
                    Rejection = new Rejection(RejectionCode.NotAllowedInState, decider.IgnoredBecause ?? "ignored"),
                };
            }
            return new EngineResult
            {
                Status = CommandStatus.Applied,
                State = decider.State.ToState(),
                Events = decider.TakeEvents(),
                Effects = decider.TakeEffects(),
            };
        }
        catch (CommandRejectedException rejected)
        {
            return Rejected(state, rejected.Rejection);
        }
        finally
        {
            decider.Release();
        }
    }

    /// <summary>Rebuilds an instance's state by folding its events from nothing: the audit log is
    /// the source of truth, the snapshot a cache of it.</summary>
    public static MatterState Replay(IEnumerable<MatterEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        var builder = new MatterStateBuilder();
        builder.Load(null);
        foreach (var e in events)
        {
            StateEvolver.Apply(builder, e);
        }
        return builder.ToState();
    }

    /// <summary>Brings a snapshot up to date by folding the events that followed it (the store
    /// keeps a snapshot every few dozen events and the log in between). Folding from a snapshot
    /// gives the same state as <see cref="Replay"/> from nothing, because snapshots are folds too.</summary>
    /// <param name="snapshot">A state taken at its <see cref="MatterState.Version"/>.</param>
    /// <param name="later">The events after that version, in order.</param>
    public static MatterState Evolve(MatterState snapshot, IEnumerable<MatterEvent> later)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(later);
        var builder = new MatterStateBuilder();
        builder.Load(snapshot);
        var any = false;
        foreach (var e in later)
        {
            StateEvolver.Apply(builder, e);
            any = true;
        }
        return any ? builder.ToState() : snapshot;
    }

    private static EngineResult Rejected(MatterState? state, Rejection rejection) =>
        new() { Status = CommandStatus.Rejected, State = state, Rejection = rejection };

    /// <summary>The org directory and calendars one command is decided against, swapped whole.</summary>
    private sealed record OrgAndCalendars(OrgDirectory Org, IReadOnlyDictionary<string, BusinessCalendar> Calendars);
}
