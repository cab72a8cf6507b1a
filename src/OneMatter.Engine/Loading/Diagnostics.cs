using OneMatter.Engine.Definitions;
using YamlDotNet.Core;

namespace OneMatter.Engine.Loading;

/// <summary>Collects the errors of one file; every parser and check reports through it so that
/// all problems come back at once instead of stopping at the first.</summary>
internal sealed class Diagnostics(string file)
{
    private readonly List<LoadError> _errors = [];

    /// <summary>The file every error is reported against.</summary>
    public string File { get; } = file;

    /// <summary>The errors so far, in the order found.</summary>
    public IReadOnlyList<LoadError> Errors => _errors;

    /// <summary>How many errors have been reported; lets a caller tell whether a section added any.</summary>
    public int Count => _errors.Count;

    public void Add(Mark at, string message) => Add(ToInt(at.Line), ToInt(at.Column), message);

    /// <summary>Reports at a model location, in the location's own file when it names one
    /// (definitions built in code carry locations of their own source).</summary>
    public void Add(SourceLocation at, string message) =>
        _errors.Add(new LoadError(at.File.Length > 0 ? at.File : File, at.Line, at.Column, message));

    public void Add(int line, int column, string message) =>
        _errors.Add(new LoadError(File, line, column, message));

    public void AddRange(IEnumerable<LoadError> errors) => _errors.AddRange(errors);

    public SourceLocation Locate(Mark at) => new(File, ToInt(at.Line), ToInt(at.Column));

    // YamlDotNet counts in longs; a definition file never has more than int.MaxValue lines.
    private static int ToInt(long value) => value > int.MaxValue ? int.MaxValue : (int)value;
}
