using OneMatter.Engine.Definitions;

namespace OneMatter.Engine.Loading;

public sealed partial class DefinitionValidator
{
    /// <summary>Documents named by outcomes and document nodes, and their template files.</summary>
    private void CheckDocumentsAndTemplates()
    {
        var documents = _definition.Documents.Keys;
        void CheckDocument(string id, string path, SourceLocation fallback, string what)
        {
            if (id.Length > 0 && !_definition.Documents.ContainsKey(id))
            {
                Report(Where(path, fallback),
                    $"{what} issues document \"{id}\", which is not declared in \"documents\"{Suggest.DidYouMean(id, documents)}");
            }
        }
        foreach (var node in _definition.Nodes.Values)
        {
            if (node is TaskNode task)
            {
                foreach (var o in task.Outcomes)
                {
                    for (var i = 0; i < o.Documents.Count; i++)
                    {
                        CheckDocument(o.Documents[i], NodePath(node.Id, "outcomes", o.Id, "documents", Index(i)), o.Location,
                            $"outcome \"{o.Id}\" of {Describe(node)}");
                    }
                }
            }
            else if (node is DocumentNode document)
            {
                CheckDocument(document.Document, NodePath(node.Id, "document"), node.Location, Describe(node));
            }
        }
        void CheckEscalationDocuments(IReadOnlyList<EscalationRule> rules, string path, string owner)
        {
            for (var i = 0; i < rules.Count; i++)
            {
                if (rules[i].Document is { } document)
                {
                    CheckDocument(document, $"{path}/{Index(i)}/document", rules[i].Location, $"escalation rule {i + 1} of {owner}");
                }
            }
        }
        CheckEscalationDocuments(_definition.Escalation, "/escalation", "the matter");
        foreach (var task in _definition.Nodes.Values.OfType<TaskNode>())
        {
            CheckEscalationDocuments(task.Escalation ?? [], NodePath(task.Id, "escalation"), Describe(task));
        }
        if (_context.Templates is not { } templates)
        {
            return;
        }
        foreach (var document in _definition.Documents.Values)
        {
            if (document.Template.Length > 0 && !templates.Contains(document.Template))
            {
                Report(Where(SourceMap.Path("documents", document.Id, "template"), document.Location),
                    $"template \"{document.Template}\" of document \"{document.Id}\" does not exist: expected templates/{document.Template}.html{Suggest.DidYouMean(document.Template, templates)}");
            }
        }
    }

    /// <summary>The calendar and the matters that <c>call</c> nodes start.</summary>
    private void CheckOutsideReferences()
    {
        if (_context.Calendars is { } calendars && !calendars.Contains(_definition.Calendar))
        {
            Report(Where("/calendar", _definition.Location),
                $"calendar \"{_definition.Calendar}\" does not exist: expected workflows/calendars/{_definition.Calendar}.yaml{Suggest.DidYouMean(_definition.Calendar, calendars)}");
        }
        if (_context.Matters is not { } matters)
        {
            return;
        }
        foreach (var call in _definition.Nodes.Values.OfType<CallNode>())
        {
            if (call.Matter.Length > 0 && !matters.Contains(call.Matter))
            {
                Report(Where(NodePath(call.Id, "matter"), call.Location),
                    $"{Describe(call)} starts matter \"{call.Matter}\", which does not exist{Suggest.DidYouMean(call.Matter, matters)}");
            }
        }
    }
}
