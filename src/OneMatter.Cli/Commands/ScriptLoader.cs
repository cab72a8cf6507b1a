using OneMatter.Engine.Simulation;

namespace OneMatter.Cli.Commands;

/// <summary>Reads <c>--script</c>, or gives the default happy-path script.</summary>
internal static class ScriptLoader
{
    public static (SimulationScript? Script, int ExitCode) Load(Options options, TextWriter error)
    {
        if (options["script"] is not { } path)
        {
            return (new SimulationScript(), 0);
        }
        if (!File.Exists(path))
        {
            error.WriteLine($"{path}:1:1: script file not found");
            return (null, 2);
        }
        var (script, errors) = SimulationScriptParser.Parse(File.ReadAllText(path), path);
        foreach (var e in errors)
        {
            error.WriteLine(e.ToString());
        }
        return script is null ? (null, 1) : (script, 0);
    }
}
