using Scriban.Syntax;

namespace OneMatter.Engine.Expressions;

/// <summary>
/// Walks a parsed Scriban page and records every variable path it reads, plus the names the
/// script defines itself (assignments, loop variables, <c>func</c> names and parameters,
/// <c>capture</c> targets), which are therefore not the caller's variables.
/// </summary>
/// <remarks>
/// A path is a chain of <c>.name</c> and <c>["literal"]</c> accesses on a global variable. It
/// stops at the first other index (<c>items[0]</c>, <c>nodes[id]</c>): what follows depends on
/// run-time values. Index expressions are walked for their own references.
/// </remarks>
internal sealed class ReferenceCollector
{
    private readonly List<VariableReference> _paths = [];
    private readonly HashSet<string> _declared = new(StringComparer.Ordinal);

    private ReferenceCollector()
    {
    }

    /// <summary>Every path read, in source order, including builtin roots such as <c>math</c>.</summary>
    public IReadOnlyList<VariableReference> Paths => _paths;

    /// <summary>Whether the script has a loop or defines a function: only such a script can run
    /// long (builtins are bounded by the data and the output cap), so only it needs a deadline.</summary>
    public bool MayRunLong { get; private set; }

    /// <summary>Whether the script itself defines <paramref name="name"/>.</summary>
    public bool IsDeclared(string name) => _declared.Contains(name);

    public static ReferenceCollector Collect(ScriptNode page)
    {
        var collector = new ReferenceCollector();
        collector.Visit(page);
        return collector;
    }

    private void Visit(ScriptNode? node)
    {
        switch (node)
        {
            case null or ScriptToken or ScriptKeyword:
                return;
            case ScriptMemberExpression or ScriptIndexerExpression:
                VisitChain((ScriptExpression)node);
                return;
            case ScriptVariableGlobal variable:
                Add(variable, [variable.Name]);
                return;
            case ScriptAssignExpression assign:
                // `x = ...` defines x; `form.x = ...` still reads form (and then fails at run time).
                if (!Declare(assign.Target))
                {
                    Visit(assign.Target);
                }

                Visit(assign.Value);
                return;
            case ScriptLoopStatementBase when node is not ScriptForStatement:
                MayRunLong = true;
                VisitChildrenExcept(node, null);
                return;
            case ScriptForStatement loop:
                MayRunLong = true;
                Declare(loop.Variable);
                VisitChildrenExcept(loop, loop.Variable);
                return;
            case ScriptCaptureStatement capture:
                Declare(capture.Target);
                VisitChildrenExcept(capture, capture.Target);
                return;
            case ScriptFunction function:
                MayRunLong = true;
                VisitFunction(function);
                return;
            case ScriptNamedArgument argument:
                // The name is a parameter name, not a variable.
                Visit(argument.Value);
                return;
            case ScriptObjectMember member:
                // `{ name: value }`: the name is a key, not a variable.
                Visit(member.Value);
                return;
            case ScriptReadOnlyStatement:
                return;
            default:
                VisitChildrenExcept(node, null);
                return;
        }
    }

    private void VisitFunction(ScriptFunction function)
    {
        Declare(function.NameOrDoToken as ScriptExpression);
        foreach (ScriptParameter parameter in function.Parameters ?? [])
        {
            Declare(parameter.Name);
        }

        Visit(function.Body);
    }

    private void VisitChildrenExcept(ScriptNode node, ScriptNode? skipped)
    {
        foreach (ScriptNode child in node.Children)
        {
            if (!ReferenceEquals(child, skipped))
            {
                Visit(child);
            }
        }
    }

    private void VisitChain(ScriptExpression outermost)
    {
        // Walk from the outermost access down to the root, collecting member names in reverse.
        var reversed = new List<string>();
        var dynamicIndexes = new List<ScriptExpression>();
        ScriptExpression? current = outermost;
        while (true)
        {
            if (current is ScriptMemberExpression access && access.Member is { } member)
            {
                reversed.Add(member.Name);
                current = access.Target;
            }
            else if (current is ScriptIndexerExpression indexer)
            {
                if (indexer.Index is ScriptLiteral { Value: string key })
                {
                    reversed.Add(key);
                }
                else
                {
                    // Whatever followed a run-time index is unknowable; keep only the prefix.
                    reversed.Clear();
                    if (indexer.Index is not null)
                    {
                        dynamicIndexes.Add(indexer.Index);
                    }
                }

                current = indexer.Target;
            }
            else
            {
                break;
            }
        }

        if (current is ScriptVariableGlobal root)
        {
            reversed.Add(root.Name);
            reversed.Reverse();
            Add(root, reversed);
        }
        else
        {
            Visit(current);
        }

        foreach (ScriptExpression index in dynamicIndexes)
        {
            Visit(index);
        }
    }

    private void Add(ScriptVariableGlobal root, IReadOnlyList<string> path) =>
        _paths.Add(new VariableReference(path, root.Span.Start.Line + 1, root.Span.Start.Column + 1));

    private bool Declare(ScriptExpression? target)
    {
        if (target is ScriptVariableGlobal variable)
        {
            _declared.Add(variable.Name);
            return true;
        }

        // Locals ($x) never name the caller's variables; nothing to record, nothing to read.
        return target is ScriptVariable;
    }
}
