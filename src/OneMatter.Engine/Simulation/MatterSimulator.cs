using OneMatter.Engine.Calendar;
using OneMatter.Engine.Definitions;
using OneMatter.Engine.Interpreter;

namespace OneMatter.Engine.Simulation;

/// <summary>
/// Runs a definition through the real engine on a simulated clock: each open task is completed
/// when its holder's time is up, timers fire when due, child matters run to their end. Used by
/// the CLI's <c>simulate</c> and <c>compare</c> and by the designer's simulation.
/// </summary>
public sealed class MatterSimulator
{
    private readonly MatterEngine _engine;
    private readonly IReadOnlyDictionary<string, BusinessCalendar> _calendars;
    private readonly Func<string, MatterDefinition?> _definitions;

    /// <summary>Creates a simulator; <paramref name="definitions"/> finds called matters by id.</summary>
    public MatterSimulator(MatterEngine engine, IReadOnlyDictionary<string, BusinessCalendar> calendars,
        Func<string, MatterDefinition?> definitions)
    {
        _engine = engine;
        _calendars = calendars;
        _definitions = definitions;
    }

    /// <summary>Runs one matter from application to end (or until something blocks it).</summary>
    public SimulationResult Run(MatterDefinition definition, SimulationScript script) =>
        Run(definition, script, "SIM-" + definition.Id, script.Start, parent: null, form: null);

    internal SimulationResult Run(MatterDefinition definition, SimulationScript script, string instanceId,
        DateTimeOffset start, string? parent, IReadOnlyDictionary<string, string?>? form)
    {
        if (!_calendars.TryGetValue(definition.Calendar, out var calendar))
        {
            throw new ArgumentException($"Calendar \"{definition.Calendar}\" is not loaded.", nameof(definition));
        }
        var run = new SimulationRun(this, _engine, calendar, definition, script, instanceId, parent);
        return run.Execute(start, form);
    }

    internal MatterDefinition? FindDefinition(string id) => _definitions(id);
}
