using OneMatter.Engine.Loading;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace OneMatter.Engine.Calendar;

/// <summary>
/// A streaming pass over the YAML events before the node model is built. YamlDotNet's node model
/// hashes mapping keys recursively, so a self-referencing alias used as a key (<c>? &amp;a [*a]</c>)
/// overflows the stack and kills the process, which no catch can stop; deep nesting does the same.
/// This pass refuses those shapes, and reports every duplicate key with its position instead of the
/// node model's single exception.
/// </summary>
internal static class YamlShapeCheck
{
    private const int MaxDepth = 32;

    public static IReadOnlyList<LoadError> Check(string yamlText, string fileName)
    {
        var errors = new List<LoadError>();
        var frames = new List<(bool IsMapping, bool ExpectKey, Dictionary<string, Mark>? Keys)>();
        var parser = new Parser(new StringReader(yamlText));
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        Mark last = Mark.Empty;
        int documents = 0;
        try
        {
            while (parser.MoveNext())
            {
                ParsingEvent current = parser.Current!;
                last = current.Start;
                if (current is DocumentStart && ++documents > 1)
                {
                    errors.Add(At(fileName, current.Start, "a calendar file holds one YAML document: remove the second '---' and what follows it"));
                    return errors;
                }

                if (current is MappingEnd or SequenceEnd)
                {
                    frames.RemoveAt(frames.Count - 1);
                    continue;
                }

                // An alias (*name) stands for a whole node but is not a NodeEvent in YamlDotNet.
                if (current is not (NodeEvent or AnchorAlias))
                {
                    continue;
                }

                // The node model reports an unknown anchor without a position; report it here with one.
                if (current is NodeEvent { Anchor.IsEmpty: false } anchored)
                {
                    anchors.Add(anchored.Anchor.Value);
                }
                else if (current is AnchorAlias alias && !anchors.Contains(alias.Value.Value))
                {
                    errors.Add(At(fileName, alias.Start, $"alias *{alias.Value.Value} refers to no anchor: define &{alias.Value.Value} on an earlier value first"));
                }

                if (frames.Count > 0 && frames[^1].IsMapping)
                {
                    var frame = frames[^1];
                    if (frame.ExpectKey)
                    {
                        if (current is not Scalar key)
                        {
                            errors.Add(At(fileName, current.Start, "a key must be a plain name or number, not a list, a mapping or an alias"));
                            return errors;
                        }

                        frame.Keys ??= new Dictionary<string, Mark>(StringComparer.Ordinal);
                        if (!frame.Keys.TryAdd(key.Value, key.Start))
                        {
                            errors.Add(At(fileName, key.Start, $"duplicate key \"{key.Value}\" (first at line {Line(frame.Keys[key.Value])}): each key may appear only once"));
                        }
                    }

                    frames[^1] = frame with { ExpectKey = !frame.ExpectKey };
                }

                if (current is MappingStart or SequenceStart)
                {
                    frames.Add((current is MappingStart, true, null));
                    if (frames.Count > MaxDepth)
                    {
                        errors.Add(At(fileName, current.Start, $"the YAML is nested more than {MaxDepth} levels deep; a calendar needs only a few"));
                        return errors;
                    }
                }
            }
        }
        catch (YamlException exception) when (FirstTabIndent(yamlText) is { } tab && exception.Message.Contains("tab", StringComparison.OrdinalIgnoreCase))
        {
            // YamlDotNet reports a tab in the indentation at the start of the enclosing mapping,
            // often line 1; point at the tab itself.
            errors.Add(new LoadError(fileName, tab.Line, tab.Column, "a tab is used for indentation: indent YAML with spaces only"));
        }
        catch (YamlException exception)
        {
            errors.Add(SyntaxError(fileName, exception.Start, exception.Message));
        }
#pragma warning disable CA1031 // YamlDotNet's scanner throws InvalidOperationException on some malformed input (e.g. "[1, 2" without "]"); the parser must never throw.
        catch (Exception)
#pragma warning restore CA1031
        {
            errors.Add(At(fileName, last, "YAML syntax error after this point: check that every [ and { is closed and every quote ends"));
        }

        return errors;
    }

    /// <summary>A YamlDotNet syntax error, reworded for a person who edits the file.</summary>
    public static LoadError SyntaxError(string fileName, Mark start, string message)
    {
        string detail = message.Length > 0 ? char.ToLowerInvariant(message[0]) + message[1..].TrimEnd('.') : "unreadable text";
        return At(fileName, start, $"YAML syntax error: {detail} (check the indentation, and that brackets and quotes are closed)");
    }

    /// <summary>An error at a YamlDotNet position, clamped to 1-based int line and column.</summary>
    public static LoadError At(string fileName, Mark mark, string message) =>
        new(fileName, Line(mark), (int)Math.Clamp(mark.Column, 1, int.MaxValue), message);

    private static (int Line, int Column)? FirstTabIndent(string yamlText)
    {
        string[] lines = yamlText.Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            int indent = lines[i].Length - lines[i].TrimStart(' ', '\t').Length;
            int tab = lines[i].IndexOf('\t', 0, indent);
            if (tab >= 0)
            {
                return (i + 1, tab + 1);
            }
        }

        return null;
    }

    private static int Line(Mark mark) => (int)Math.Clamp(mark.Line, 1, int.MaxValue);
}
