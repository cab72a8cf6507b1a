using System.Globalization;
using OneMatter.Engine.Definitions;
using OneMatter.Engine.Documents;

namespace OneMatter.Engine.Loading;

public sealed partial class DefinitionValidator
{
    /// <summary>What a document template may read besides Scriban's and our builtins.</summary>
    private static readonly string[] DocumentRoots = ["form", "nodes", "instance", "document"];

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
                if (UnknownInTemplate(reference.Variable.Path) is { } problem)
                {
                    var where = string.Create(CultureInfo.InvariantCulture, $"templates/{reference.File}:{reference.Line}:{reference.Column}");
                    Report(at, $"document \"{document.Id}\": {where} reads {reference.Variable}, but {problem}");
                }
            }
        }
    }

    /// <summary>Why a template's variable path names nothing, or null when it is fine.</summary>
    private string? UnknownInTemplate(IReadOnlyList<string> path)
    {
        var root = path[0];
        if (!DocumentRoots.Contains(root))
        {
            return $"\"{root}\" is not known: documents see {string.Join(", ", DocumentRoots)} and the builtins{Suggest.DidYouMean(root, DocumentRoots)}";
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
}
