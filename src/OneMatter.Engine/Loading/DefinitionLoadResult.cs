using OneMatter.Engine.Definitions;

namespace OneMatter.Engine.Loading;

/// <summary>A definition parsed and validated: usable only when <see cref="Errors"/> is empty.</summary>
public sealed class DefinitionLoadResult
{
    internal DefinitionLoadResult(MatterDefinition? definition, IReadOnlyList<LoadError> errors, SourceMap sourceMap)
    {
        Definition = definition;
        Errors = errors;
        SourceMap = sourceMap;
    }

    /// <summary>The definition; null when there is any error.</summary>
    public MatterDefinition? Definition { get; }

    /// <summary>Every problem of the file, parse and semantic, ordered by position.</summary>
    public IReadOnlyList<LoadError> Errors { get; }

    /// <summary>Where each element of the file was written.</summary>
    public SourceMap SourceMap { get; }

    /// <summary>Whether the definition is sound.</summary>
    public bool Success => Definition is not null;
}
