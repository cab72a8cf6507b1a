namespace OneMatter.Engine.Loading;

/// <summary>Parses and validates one definition in a single pass, the way the designer's
/// "check" and publish do: every error of the file, syntax to graph, comes back at once.</summary>
public static class DefinitionLoader
{
    /// <summary>Loads one definition file.</summary>
    /// <param name="yamlText">The file's text.</param>
    /// <param name="fileName">Its name or path, used in errors and for the id check.</param>
    /// <param name="context">What exists outside the definition.</param>
    public static DefinitionLoadResult Load(string yamlText, string fileName, LoadContext context)
    {
        var parsed = DefinitionParser.Parse(yamlText, fileName);
        var errors = parsed.Errors.Concat(DefinitionValidator.Validate(parsed, context))
            .OrderBy(e => e.Line).ThenBy(e => e.Column)
            .ToList();
        return new DefinitionLoadResult(errors.Count == 0 ? parsed.Draft : null, errors, parsed.SourceMap);
    }
}
