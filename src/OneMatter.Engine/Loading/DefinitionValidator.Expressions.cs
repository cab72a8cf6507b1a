using OneMatter.Engine.Definitions;
using OneMatter.Engine.Expressions;

namespace OneMatter.Engine.Loading;

public sealed partial class DefinitionValidator
{
    /// <summary>Names an expression may start with: the matter's data and Scriban's builtin
    /// function objects. Everything else is a misspelling caught at load time rather than a
    /// null at run time.</summary>
    private static readonly string[] Roots =
        ["form", "nodes", "instance", "math", "string", "array", "date", "object", "regex", "timespan", "html"];

    /// <summary>What <c>nodes.&lt;id&gt;</c> offers.</summary>
    private static readonly string[] NodeProperties = ["outcome", "fields", "unit", "unit_id", "by", "at", .. DrawProperties];

    /// <summary>What <c>instance</c> offers.</summary>
    private static readonly string[] InstanceProperties = ["id", "matter", "started", "applicant", "query_code", "jurisdiction", "lead"];

    /// <summary>Every expression and template of the definition with where its text starts.</summary>
    private IEnumerable<(IReadOnlyList<VariableReference> References, SourceLocation Text, string Where)> Expressions()
    {
        if (_definition.Jurisdiction is { } place)
        {
            yield return (place.Expression.References, Text("/jurisdiction", place.Location), "\"jurisdiction\" of the definition");
        }
        foreach (var node in _definition.Nodes.Values)
        {
            var self = Describe(node);
            switch (node)
            {
                case TaskNode task:
                    foreach (var a in (IEnumerable<Assignee>)[task.Assignee, .. task.Signers])
                    {
                        if (AssigneeExpression(a) is { } c)
                        {
                            yield return (c.Expression.References, c.Location, $"the assignee of {self}");
                        }
                    }
                    foreach (var o in task.Outcomes.Where(o => o.When is not null))
                    {
                        yield return (o.When!.Expression.References, o.When.Location, $"\"when\" of outcome \"{o.Id}\" of {self}");
                    }
                    break;
                case ParallelNode parallel:
                    for (var i = 0; i < parallel.Branches.Count; i++)
                    {
                        if (parallel.Branches[i].When is { } w)
                        {
                            yield return (w.Expression.References, w.Location, $"\"when\" of branch {i + 1} of {self}");
                        }
                    }
                    break;
                case DecisionNode decision:
                    for (var i = 0; i < decision.Conditions.Count; i++)
                    {
                        var w = decision.Conditions[i].When;
                        yield return (w.Expression.References, w.Location, $"condition {i + 1} of {self}");
                    }
                    break;
                case TimerNode { Until: { } until }:
                    yield return (until.Expression.References, until.Location, $"\"until\" of {self}");
                    break;
                case NotifyNode notify:
                    yield return (notify.Message.References, Text(NodePath(node.Id, "message"), node.Location), $"\"message\" of {self}");
                    break;
                case DrawNode { Entities.Area: { } area }:
                    yield return (area.Expression.References, area.Location, $"\"township\" of the entities of {self}");
                    break;
                case CallNode call:
                    foreach (var (field, expression) in call.Inputs)
                    {
                        yield return (expression.References, Text(NodePath(node.Id, "inputs", field), node.Location), $"input \"{field}\" of {self}");
                    }
                    break;
            }
        }
    }

    private static Condition? AssigneeExpression(Assignee assignee) => assignee switch
    {
        JurisdictionAssignee j => j.Jurisdiction,
        DeferredAssignee d => d.UnitExpression,
        _ => null,
    };

    private SourceLocation Text(string path, SourceLocation fallback)
    {
        var found = _map.LocateText(path);
        return found == SourceLocation.None ? fallback : found;
    }

    private void CheckExpressions()
    {
        foreach (var (references, text, where) in Expressions())
        {
            foreach (var reference in references)
            {
                if (Unknown(reference.Path) is { } problem)
                {
                    var at = text == SourceLocation.None ? _definition.Location : _map.LocateInText(text, reference.Line, reference.Column);
                    Report(at, $"{where} reads {string.Join('.', reference.Path)}, but {problem}");
                }
            }
        }
    }

    /// <summary>Why the variable path names nothing, or null when it is fine.</summary>
    private string? Unknown(IReadOnlyList<string> path)
    {
        if (path.Count == 0)
        {
            return null;
        }
        var root = path[0];
        if (!Roots.Contains(root))
        {
            return $"\"{root}\" is not known: expressions see form, nodes, instance and Scriban's builtins{Suggest.DidYouMean(root, Roots)}";
        }
        if (path.Count < 2)
        {
            return null;
        }
        return root switch
        {
            "form" when _definition.Field(path[1]) is null =>
                $"the form has no field \"{path[1]}\"{Suggest.DidYouMean(path[1], _definition.Form.Select(f => f.Id))}",
            "instance" when !InstanceProperties.Contains(path[1]) =>
                $"an instance offers only {string.Join(", ", InstanceProperties)}{Suggest.DidYouMean(path[1], InstanceProperties)}",
            "nodes" => UnknownInNode(path),
            _ => null,
        };
    }

    private string? UnknownInNode(IReadOnlyList<string> path)
    {
        var id = path[1];
        if (!_declaredNodes.Contains(id))
        {
            return $"there is no node \"{id}\"{Suggest.DidYouMean(id, _declaredNodes)}";
        }
        if (path.Count < 3)
        {
            return null;
        }
        if (!NodeProperties.Contains(path[2]))
        {
            return $"a node offers only {string.Join(", ", NodeProperties)}{Suggest.DidYouMean(path[2], NodeProperties)}";
        }
        if (path[2] != "fields" || path.Count < 4 || !_definition.Nodes.TryGetValue(id, out var node))
        {
            return null;
        }
        if (node is not TaskNode task)
        {
            return $"{Describe(node)} has no fields";
        }
        var field = path[3];
        return task.Fields.Any(f => f.Id == field)
            ? null
            : $"{Describe(task)} has no field \"{field}\"{Suggest.DidYouMean(field, task.Fields.Select(f => f.Id))}";
    }
}
