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
        var definitions = new List<Engine.Definitions.MatterDefinition>();
        foreach (var reference in options.Positional)
        {
            var (definition, problem) = WorkspaceLocator.Find(workspace, reference);
            if (definition is null)
            {
                error.WriteLine(problem);
                return 1;
            }
            definitions.Add(definition);
        }
        var comparison = SimulationComparison.Run(WorkspaceLocator.Simulator(workspace), definitions[0], definitions[1], script);
        foreach (var result in new[] { comparison.First, comparison.Second })
        {
            SimulateCommand.Print(result, output);
            output.WriteLine();
            if (result.Stopped is not null)
            {
                error.WriteLine($"simulation of {result.Definition.Id} stopped: {result.Stopped}");
                return 1;
            }
        }
        var (a, b) = (comparison.First, comparison.Second);
        var table = new TextTable("", a.Definition.Id, b.Definition.Id);
        table.Add("steps (tasks and waits)", Count(a.StepCount), Count(b.StepCount));
        table.Add("applicant-visible steps", Count(a.ApplicantSteps), Count(b.ApplicantSteps));
        table.Add("units involved", Count(a.HolderCount), Count(b.HolderCount));
        table.Add("working days", TextTable.Days(a.WorkingDays), TextTable.Days(b.WorkingDays));
        table.Add("calendar days", TextTable.Days(a.CalendarDays), TextTable.Days(b.CalendarDays));
        table.Add("result", a.Result?.ToString() ?? "-", b.Result?.ToString() ?? "-");
        table.WriteTo(output);
        if (comparison is { Share: { } share, Speedup: { } speedup })
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{comparison.Faster.Definition.Id} takes {share:P0} of the working days of {comparison.Slower.Definition.Id} ({speedup:0.0}× faster)"));
        }
        return 0;
    }

    private static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);
}
