using System.Globalization;
using OneMatter.Cli.Output;
using OneMatter.Engine.Simulation;

namespace OneMatter.Cli.Commands;

/// <summary><c>compare &lt;a&gt; &lt;b&gt;</c>: both timelines, then their elapsed working days
/// side by side — for legacy vs reformed rural housing, the reform shown from the definitions.</summary>
internal static class CompareCommand
{
    public static int Run(Options options, TextWriter output, TextWriter error)
    {
        if (options.Positional.Count != 2)
        {
            error.WriteLine("usage: compare <a> <b> [--script file]");
            return 2;
        }
        var workspace = WorkspaceLocator.Load(options);
        var (script, code) = ScriptLoader.Load(options, error);
        if (script is null)
        {
            return code;
        }
        var simulator = WorkspaceLocator.Simulator(workspace);
        var results = new List<SimulationResult>();
        foreach (var reference in options.Positional)
        {
            var (definition, problem) = WorkspaceLocator.Find(workspace, reference);
            if (definition is null)
            {
                error.WriteLine(problem);
                return 1;
            }
            var result = simulator.Run(definition, script);
            SimulateCommand.Print(result, output);
            output.WriteLine();
            if (result.Stopped is not null)
            {
                error.WriteLine($"simulation of {definition.Id} stopped: {result.Stopped}");
                return 1;
            }
            results.Add(result);
        }
        var (a, b) = (results[0], results[1]);
        var table = new TextTable("", a.Definition.Id, b.Definition.Id);
        table.Add("steps (tasks and waits)", Count(a), Count(b));
        table.Add("applicant-visible steps", Steps(a), Steps(b));
        table.Add("units involved", Units(a), Units(b));
        table.Add("working days", TextTable.Days(a.WorkingDays), TextTable.Days(b.WorkingDays));
        table.Add("calendar days", TextTable.Days(a.CalendarDays), TextTable.Days(b.CalendarDays));
        table.Add("result", a.Result?.ToString() ?? "-", b.Result?.ToString() ?? "-");
        table.WriteTo(output);
        var (slow, fast) = a.WorkingDays >= b.WorkingDays ? (a, b) : (b, a);
        if (fast.WorkingDays > 0)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{fast.Definition.Id} takes {fast.WorkingDays / slow.WorkingDays:P0} of the working days of {slow.Definition.Id} ({slow.WorkingDays / fast.WorkingDays:0.0}× faster)"));
        }
        return 0;
    }

    private static string Count(SimulationResult r) => r.Timeline.Count.ToString(CultureInfo.InvariantCulture);

    private static string Steps(SimulationResult r) =>
        r.Timeline.Select(e => e.Step).Where(s => s is not null).Distinct().Count().ToString(CultureInfo.InvariantCulture);

    private static string Units(SimulationResult r) =>
        r.Timeline.Select(e => e.Holder).Distinct().Count().ToString(CultureInfo.InvariantCulture);
}
