using System.Globalization;
using OneMatter.Engine.Definitions;
using OneMatter.Engine.Loading;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace OneMatter.Engine.Simulation;

/// <summary>
/// Reads a simulation script (YAML): <c>start</c>, <c>escalate</c>, <c>form</c>, <c>default</c>
/// and <c>steps</c> (node id → a step or a list of steps, one per visit; a step has
/// <c>after</c>, <c>outcome</c>, <c>fields</c>, <c>changes</c>). Reports every error with its
/// line and column; never throws.
/// </summary>
public static class SimulationScriptParser
{
    private static readonly string[] TopKeys = ["start", "escalate", "form", "default", "steps"];
    private static readonly string[] StepKeys = ["after", "outcome", "fields", "changes"];

    /// <summary>Parses a script.</summary>
    public static (SimulationScript? Script, IReadOnlyList<LoadError> Errors) Parse(string text, string file)
    {
        var errors = new List<LoadError>();
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException ex)
        {
            return (null, [new LoadError(file, (int)ex.Start.Line, (int)ex.Start.Column, "YAML syntax: " + ex.Message)]);
        }
        if (stream.Documents.Count == 0)
        {
            return (new SimulationScript(), errors);
        }
        if (stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            return (null, [Error(file, stream.Documents[0].RootNode, "a script is a mapping of start, escalate, form, default and steps")]);
        }
        var script = new SimulationScript();
        foreach (var (keyNode, value) in root.Children)
        {
            // Scalar, not a cast: a key that is itself a list or mapping is an error to report, not a crash.
            var key = Scalar(keyNode);
            switch (key)
            {
                case "start":
                    if (DateTimeOffset.TryParse(Scalar(value), CultureInfo.InvariantCulture, DateTimeStyles.None, out var start))
                    {
                        script = script with { Start = start };
                    }
                    else
                    {
                        errors.Add(Error(file, value, "start must be a date-time such as 2026-03-02T09:00:00+08:00"));
                    }
                    break;
                case "escalate":
                    script = script with { Escalate = Scalar(value) != "false" };
                    break;
                case "form":
                    script = script with { Form = Map(file, value, errors) };
                    break;
                case "default":
                    script = script with { Default = Step(file, value, errors) };
                    break;
                case "steps":
                    script = script with { Steps = Steps(file, value, errors) };
                    break;
                default:
                    errors.Add(Error(file, keyNode, $"unknown key \"{key}\"; expected one of {string.Join(", ", TopKeys)}"));
                    break;
            }
        }
        return (errors.Count == 0 ? script : null, errors);
    }

    private static Dictionary<string, IReadOnlyList<SimulationStep>> Steps(string file, YamlNode node, List<LoadError> errors)
    {
        var steps = new Dictionary<string, IReadOnlyList<SimulationStep>>(StringComparer.Ordinal);
        if (node is not YamlMappingNode map)
        {
            errors.Add(Error(file, node, "steps must map node ids to steps"));
            return steps;
        }
        foreach (var (key, value) in map.Children)
        {
            var id = Scalar(key) ?? "";
            steps[id] = value is YamlSequenceNode list
                ? list.Children.Select(v => Step(file, v, errors)).ToList()
                : [Step(file, value, errors)];
        }
        return steps;
    }

    private static SimulationStep Step(string file, YamlNode node, List<LoadError> errors)
    {
        var step = new SimulationStep();
        if (node is not YamlMappingNode map)
        {
            errors.Add(Error(file, node, "a step is a mapping of after, outcome, fields and changes"));
            return step;
        }
        foreach (var (keyNode, value) in map.Children)
        {
            switch (Scalar(keyNode))
            {
                case "after":
                    if (Duration.TryParse(Scalar(value), out var after, out var message))
                    {
                        step = step with { After = after };
                    }
                    else
                    {
                        errors.Add(Error(file, value, message));
                    }
                    break;
                case "outcome":
                    step = step with { Outcome = Scalar(value) };
                    break;
                case "fields":
                    step = step with { Fields = Map(file, value, errors) };
                    break;
                case "changes":
                    step = step with { Changes = Map(file, value, errors) };
                    break;
                default:
                    errors.Add(Error(file, keyNode, $"unknown key \"{Scalar(keyNode)}\"; expected one of {string.Join(", ", StepKeys)}"));
                    break;
            }
        }
        return step;
    }

    private static Dictionary<string, string?> Map(string file, YamlNode node, List<LoadError> errors)
    {
        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        if (node is not YamlMappingNode map)
        {
            errors.Add(Error(file, node, "expected a mapping of field ids to values"));
            return values;
        }
        foreach (var (key, value) in map.Children)
        {
            values[Scalar(key) ?? ""] = Scalar(value);
        }
        return values;
    }

    private static string? Scalar(YamlNode node) => (node as YamlScalarNode)?.Value;

    private static LoadError Error(string file, YamlNode node, string message) =>
        new(file, (int)node.Start.Line, (int)node.Start.Column, message);
}
