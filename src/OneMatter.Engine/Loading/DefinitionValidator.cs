using OneMatter.Engine.Definitions;

namespace OneMatter.Engine.Loading;

/// <summary>
/// Semantic checks of a parsed definition against itself and a <see cref="LoadContext"/>:
/// references to nodes, documents, templates, calendars, matters and units resolve; expressions
/// name only known fields and nodes; every node is reachable and can reach an end; parallel
/// splits and joins match. Messages speak to a process designer and point at the offending
/// element.
/// </summary>
public sealed partial class DefinitionValidator
{
    private readonly MatterDefinition _definition;
    private readonly LoadContext _context;
    private readonly SourceMap _map;
    private readonly Diagnostics _diagnostics;
    private readonly IReadOnlySet<string> _declaredNodes;
    private readonly IReadOnlySet<string> _nodesWithErrors;
    private readonly bool _graphComplete;
    private bool _danglingNode;
    private bool _deadEnd;

    private DefinitionValidator(MatterDefinition definition, LoadContext context, SourceMap map,
        IReadOnlySet<string> declaredNodes, IReadOnlySet<string> nodesWithErrors, bool graphComplete)
    {
        _nodesWithErrors = nodesWithErrors;
        _definition = definition;
        _context = context;
        _map = map;
        _diagnostics = new Diagnostics(map.File.Length > 0 ? map.File : definition.Location.File);
        _declaredNodes = declaredNodes;
        _graphComplete = graphComplete;
    }

    /// <summary>Checks <paramref name="definition"/>; an empty list means it is sound.</summary>
    /// <param name="definition">A parsed (or code-built) definition.</param>
    /// <param name="context">What exists outside the definition.</param>
    /// <param name="sourceMap">The parser's source map, for exact positions; without it errors
    /// point at the enclosing element.</param>
    public static IReadOnlyList<LoadError> Validate(MatterDefinition definition, LoadContext context, SourceMap? sourceMap = null)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(context);
        var declared = definition.Nodes.Keys.ToHashSet(StringComparer.Ordinal);
        return new DefinitionValidator(definition, context, sourceMap ?? SourceMap.Empty, declared, new HashSet<string>(), true).Run();
    }

    /// <summary>Checks what the parser made of a file, errors or not, so one run reports parse
    /// and semantic problems together; checks that parse errors would make misleading stand down.</summary>
    internal static IReadOnlyList<LoadError> Validate(DefinitionParseResult parsed, LoadContext context)
    {
        if (parsed.Draft is null)
        {
            return [];
        }
        return new DefinitionValidator(parsed.Draft, context, parsed.SourceMap, parsed.DeclaredNodes, parsed.NodesWithErrors, parsed.GraphComplete).Run();
    }

    private IReadOnlyList<LoadError> Run()
    {
        CheckNodeReferences();
        CheckDocumentsAndTemplates();
        CheckDocumentTemplates();
        CheckOutsideReferences();
        CheckUnits();
        CheckFields();
        CheckNodeShapes();
        CheckExpressions();
        CheckJoinCounts();
        // Graph checks on a graph with holes would only restate the holes: a dangling reference
        // or a task with no way out makes everything behind it look unreachable.
        if (_graphComplete && !_danglingNode && !_deadEnd && _definition.Nodes.ContainsKey(_definition.Start))
        {
            CheckReachability();
            CheckEnds();
            CheckSplitsAndJoins();
        }
        return _diagnostics.Errors;
    }

    /// <summary>Where to report: the value at <paramref name="path"/> when written, else the
    /// shorthand scalar standing for it, else the element's own location (a missing key is best
    /// shown at the element that lacks it), else whatever encloses the path.</summary>
    private SourceLocation Where(string path, SourceLocation fallback)
    {
        if (_map.Contains(path))
        {
            return _map.Locate(path);
        }
        var shorthand = _map.LocateShorthand(path);
        if (shorthand != SourceLocation.None)
        {
            return shorthand;
        }
        return fallback != SourceLocation.None ? fallback : _map.Locate(path);
    }

    private void Report(SourceLocation at, string message) => _diagnostics.Add(at, message);

    /// <summary>Path of a node's element: <c>/nodes/{id}/…</c>.</summary>
    private static string NodePath(string id, params string[] rest) => SourceMap.Path(["nodes", id, .. rest]);

    /// <summary><c>task "accept"</c>.</summary>
    private static string Describe(Node node) => $"{node.Kind} \"{node.Id}\"";

    private static string Index(int i) => i.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
