using System.Globalization;
using OneMatter.Engine.Definitions;
using OneMatter.Engine.Documents;

namespace OneMatter.Engine.Loading;

public sealed partial class DefinitionValidator
{
    /// <summary>What a document template may read besides Scriban's and our builtins.</summary>
    private static readonly string[] DocumentRoots = ["form", "nodes", "instance", "document", "supervision"];

    /// <summary>
    /// Every variable a document's template reads (its own fragment and the shared layout) names
    /// something of this matter: a declared form field, a declared node (and a declared field of
    /// that task), an instance member or a document member. A misspelt variable would otherwise
    /// surface as a failed render when the document is issued, while a citizen waits; here it is
    /// reported at the definition's document entry, naming the template position.
    /// </summary>
    /// <remarks>
    /// Whether a node has been passed by the time the document is issued depends on the route
    /// taken, so that stays a run-time matter (the shipped matters are rendered on every route by
    /// the engine tests).
    /// </remarks>
    private void CheckDocumentTemplates()
    {
        if (_context.Documents is not { } documents || _context.Templates is not { } ids)
        {
            return;
        }
        var byNodes = DocumentsIssuedByNodes();
        foreach (var document in _definition.Documents.Values)
        {
            if (document.Template.Length == 0 || !ids.Contains(document.Template))
            {
                // Missing templates are reported by CheckDocumentsAndTemplates.
                continue;
            }
            // The document's entry (its key in "documents"), where a designer looks for its template.
            var at = document.Location != SourceLocation.None ? document.Location : _map.Locate(SourceMap.Path("documents", document.Id));
            if (documents.Find(document.Template) is not { } template)
            {
                Report(at, $"template \"{document.Template}\" of document \"{document.Id}\" does not parse: see the errors reported in templates/{document.Template}.html");
                continue;
            }
            foreach (var reference in template.References)
            {
                if (UnknownInTemplate(reference.Variable.Path, byNodes.GetValueOrDefault(document.Id)) is { } problem)
                {
                    var where = string.Create(CultureInfo.InvariantCulture, $"templates/{reference.File}:{reference.Line}:{reference.Column}");
                    Report(at, $"document \"{document.Id}\": {where} reads {reference.Variable}, but {problem}");
                }
            }
        }
    }

    /// <summary>Why a template's variable path names nothing, or null when it is fine.</summary>
    /// <param name="path">The variable's path.</param>
    /// <param name="issuer">A node that issues the document other than by supervision, or null.</param>
    private string? UnknownInTemplate(IReadOnlyList<string> path, string? issuer)
    {
        var root = path[0];
        if (!DocumentRoots.Contains(root))
        {
            return $"\"{root}\" is not known: documents see {string.Join(", ", DocumentRoots)} and the builtins{Suggest.DidYouMean(root, DocumentRoots)}";
        }
        if (root == "supervision")
        {
            // supervision exists only when 督办 issued the document; printed from a node it
            // would fail while the citizen waits.
            if (issuer is not null)
            {
                return $"only documents issued by supervision (an escalation rule's or a supervisor's 督办) see supervision, and {Describe(_definition.Node(issuer))} issues this one";
            }
            var supervision = DocumentScope.SupervisionMembers;
            return path.Count < 2 || supervision.Contains(path[1])
                ? null
                : $"supervision offers only {string.Join(", ", supervision)}{Suggest.DidYouMean(path[1], supervision)}";
        }
        if (root != "document")
        {
            return Unknown(path);
        }
        var members = DocumentScope.DocumentMembers;
        return path.Count < 2 || members.Contains(path[1])
            ? null
            : $"a document offers only {string.Join(", ", members)}{Suggest.DidYouMean(path[1], members)}";
    }

    /// <summary>For each document a node issues (a document node or an outcome), the first such node.</summary>
    private Dictionary<string, string> DocumentsIssuedByNodes()
    {
        var issued = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var node in _definition.Nodes.Values)
        {
            IEnumerable<string> documents = node switch
            {
                TaskNode task => task.Outcomes.SelectMany(o => o.Documents),
                DocumentNode document => [document.Document],
                _ => [],
            };
            foreach (var document in documents)
            {
                issued.TryAdd(document, node.Id);
            }
        }
        return issued;
    }
}
