using OneMatter.Engine.Definitions;

namespace OneMatter.Engine.Loading;

/// <summary>What <see cref="DefinitionParser.Parse"/> made of a file: the definition when the file
/// has no errors, every error otherwise, and where each element was written.</summary>
public sealed class DefinitionParseResult
{
    internal DefinitionParseResult(MatterDefinition? draft, IReadOnlyList<LoadError> errors, SourceMap sourceMap,
        IReadOnlySet<string> declaredNodes, IReadOnlySet<string> nodesWithErrors, bool graphComplete)
    {
        NodesWithErrors = nodesWithErrors;
        Draft = draft;
        Errors = errors;
        SourceMap = sourceMap;
        DeclaredNodes = declaredNodes;
        GraphComplete = graphComplete;
    }

    /// <summary>The parsed definition; null when there are errors. Parsing alone does not check
    /// references, units or the graph: run <see cref="DefinitionValidator"/> (or use
    /// <see cref="DefinitionLoader"/>) before using it.</summary>
    public MatterDefinition? Definition => Errors.Count == 0 ? Draft : null;

    /// <summary>Every problem found, in file order of discovery.</summary>
    public IReadOnlyList<LoadError> Errors { get; }

    /// <summary>Where each element of the file was written.</summary>
    public SourceMap SourceMap { get; }

    /// <summary>Whether the file parsed without errors.</summary>
    public bool Success => Errors.Count == 0 && Draft is not null;

    /// <summary>The best definition the parser could build despite errors (placeholders such as
    /// an empty <c>next</c> stand for what was missing); null when the file is not a map at all.
    /// Lets the validator report semantic problems in the same run.</summary>
    internal MatterDefinition? Draft { get; }

    /// <summary>Every node id declared in the file, including nodes dropped for errors, so
    /// references to them are not reported as dangling too.</summary>
    internal IReadOnlySet<string> DeclaredNodes { get; }

    /// <summary>Nodes the parser reported errors in; the validator's checks of a node's shape
    /// stand down for them (a task whose <c>outcomes</c> was a list has already been told).</summary>
    internal IReadOnlySet<string> NodesWithErrors { get; }

    /// <summary>False when an error removed a node or an edge; graph checks (reachability,
    /// joins) would then only repeat the parse errors in other words.</summary>
    internal bool GraphComplete { get; }
}
