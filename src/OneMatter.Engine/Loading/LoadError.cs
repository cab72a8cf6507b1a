using System.Globalization;

namespace OneMatter.Engine.Loading;

/// <summary>
/// One problem found while loading a definition file, positioned so an editor or CI log can jump to it.
/// </summary>
/// <param name="File">The file name as given to the loader (not necessarily a full path).</param>
/// <param name="Line">1-based line of the offending node.</param>
/// <param name="Column">1-based column of the offending node.</param>
/// <param name="Message">What is wrong and how to write it instead, for a process designer.</param>
public sealed record LoadError(string File, int Line, int Column, string Message)
{
    /// <summary>The conventional compiler format <c>file:line:col: message</c>.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{File}:{Line}:{Column}: {Message}");
}
