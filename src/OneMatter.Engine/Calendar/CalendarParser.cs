using OneMatter.Engine.Loading;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace OneMatter.Engine.Calendar;

/// <summary>
/// Reads a working-day calendar file (e.g. <c>workflows/calendars/cn-mainland.yaml</c>) into a
/// <see cref="CalendarDefinition"/>. Reading files from disk is the caller's business.
/// </summary>
public static class CalendarParser
{
    /// <summary>
    /// Parses calendar YAML. Reports all problems at once, each with <paramref name="fileName"/>,
    /// a 1-based line and column, and a message for the person who edits the file. Never throws:
    /// malformed YAML becomes an error, not an exception.
    /// </summary>
    /// <param name="yamlText">The file's text.</param>
    /// <param name="fileName">The name to put in error messages, e.g. "workflows/calendars/cn-mainland.yaml".</param>
    public static CalendarParseResult Parse(string yamlText, string fileName)
    {
        yamlText ??= string.Empty;
        fileName ??= string.Empty;

        // The pre-check rejects shapes that would make YamlDotNet's node model overflow the
        // stack (self-referencing aliases used as keys, absurd nesting) and reports duplicate keys
        // one by one instead of YamlDotNet's single "Duplicate key" exception.
        IReadOnlyList<LoadError> shapeErrors = YamlShapeCheck.Check(yamlText, fileName);
        if (shapeErrors.Count > 0)
        {
            return new CalendarParseResult { Errors = shapeErrors };
        }

        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yamlText));
        }
        catch (YamlException exception)
        {
            return Failed(YamlShapeCheck.SyntaxError(fileName, exception.Start, exception.Message));
        }
#pragma warning disable CA1031 // YamlDotNet throws InvalidOperationException and others on some malformed input; the contract is "never throws".
        catch (Exception exception)
#pragma warning restore CA1031
        {
            return Failed(new LoadError(fileName, 1, 1, "the file could not be read as YAML: " + exception.Message));
        }

        if (stream.Documents.Count == 0)
        {
            return Failed(new LoadError(fileName, 1, 1, "the file is empty: a calendar needs " + CalendarReader.TopKeysText));
        }

        var reader = new CalendarReader(fileName);
        CalendarDefinition? calendar = reader.Read(stream.Documents[0].RootNode);
        return reader.Errors.Count > 0
            ? new CalendarParseResult { Errors = reader.Errors }
            : new CalendarParseResult { Calendar = calendar, Errors = [] };
    }

    private static CalendarParseResult Failed(LoadError error) => new() { Errors = [error] };
}
