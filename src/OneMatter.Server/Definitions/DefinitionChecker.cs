using OneMatter.Engine.Definitions;
using OneMatter.Engine.Loading;
using OneMatter.Hosting;

namespace OneMatter.Server.Definitions;

/// <summary>
/// Checks a definition text exactly as the runtime checks a file at start: the real loader and
/// validator against the running workspace's org directory, calendars and templates, with every
/// matter the catalog serves (and the text's own id) allowed as a <c>call</c> target.
/// </summary>
internal static class DefinitionChecker
{
    /// <summary>Loads <paramref name="yaml"/>; when <paramref name="id"/> is given the text must
    /// declare that id (the loader's file-name rule), otherwise the id is read from the text.</summary>
    public static (MatterDefinition? Definition, string? Id, IReadOnlyList<DefinitionErrorDto> Errors) Check(OneMatterRuntime runtime, string yaml,
        string? id = null)
    {
        // The parser insists that a file is named after its id; a posted text has no file, so
        // without a route id it is named after the id it declares (as the runtime's extras are).
        id ??= DefinitionParser.Parse(yaml, string.Empty).Definition?.Id ?? ReadId(yaml);
        var context = runtime.DefinitionContext with
        {
            // The engine's org directory, which is the one commands are decided against now.
            Org = runtime.Engine.Org,
            Matters = (runtime.DefinitionContext.Matters ?? new HashSet<string>())
                .Concat(runtime.Catalog.All.Select(d => d.Id))
                .Concat(id is null ? [] : [id])
                .ToHashSet(StringComparer.Ordinal),
        };
        var result = DefinitionLoader.Load(yaml, (id ?? string.Empty) + ".yaml", context);
        return (result.Definition, id, result.Errors.Select(e => new DefinitionErrorDto(e.Line, e.Column, e.Message)).ToList());
    }

    /// <summary>The <c>id:</c> of a text the parser could not read whole (for naming it only).</summary>
    private static string? ReadId(string yaml)
    {
        foreach (var line in yaml.Split('\n'))
        {
            if (line.StartsWith("id:", StringComparison.Ordinal))
            {
                var value = line[3..].Trim().Trim('"', '\'');
                return value.Length is > 0 and <= 100 && value.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-' or '_') ? value : null;
            }
        }
        return null;
    }
}
