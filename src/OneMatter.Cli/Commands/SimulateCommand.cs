using OneMatter.Cli.Output;
using OneMatter.Engine.Simulation;

namespace OneMatter.Cli.Commands;

/// <summary><c>simulate &lt;definition&gt; [--script file]</c>: the real engine on a simulated
/// clock; prints node, unit, start, end and working days of each step.</summary>
internal static class SimulateCommand
{
    public static int Run(Options options, TextWriter output, TextWriter error)
    {
        if (options.Positional.Count != 1)
        {
            error.WriteLine("usage: simulate <definition> [--script file]");
            return 2;
        }
        var workspace = WorkspaceLocator.Load(options);
        var (definition, problem) = WorkspaceLocator.Find(workspace, options.Positional[0]);
        if (definition is null)
        {
            error.WriteLine(problem);
            return 1;
        }
        var (script, code) = ScriptLoader.Load(options, error);
        if (script is null)
        {
            return code;
        }
        var simulator = WorkspaceLocator.Simulator(workspace);
        var result = simulator.Run(definition, script);
        Print(result, output);
        if (result.Stopped is not null)
        {
            error.WriteLine($"simulation stopped: {result.Stopped}");
            return 1;
        }
        return 0;
    }

    public static void Print(SimulationResult result, TextWriter output)
    {
        var definition = result.Definition;
        output.WriteLine($"{definition.Name} ({definition.NameEn}) — {definition.Id} v{definition.Version}");
        var table = new TextTable("node", "name", "unit", "start", "end", "working days", "outcome");
        foreach (var entry in result.Timeline)
        {
            table.Add(entry.Node, entry.Name, entry.Holder, TextTable.Time(entry.Start), TextTable.Time(entry.End),
                TextTable.Days(entry.WorkingDays), entry.Outcome + (entry.Late ? " (late)" : ""));
        }
        table.WriteTo(output);
        foreach (var note in result.Notes)
        {
            output.WriteLine("  " + note);
        }
        output.WriteLine(
            $"total: {TextTable.Days(result.WorkingDays)} working days ({TextTable.Days(result.CalendarDays)} calendar days), "
            + $"{TextTable.Time(result.Start)} → {TextTable.Time(result.End)}, result {result.Result?.ToString().ToLowerInvariant() ?? "none"}");
    }
}
