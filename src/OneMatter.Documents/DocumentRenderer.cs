using System.Text;
using OneMatter.Engine.Documents;
using OneMatter.Engine.Effects;
using OneMatter.Engine.Events;
using OneMatter.Engine.Interpreter;
using OneMatter.Engine.Persistence;
using OneMatter.Runtime;

namespace OneMatter.Documents;

/// <summary>
/// Performs <see cref="RenderDocument"/> effects from the outbox: renders the document from the
/// state as of its <c>DocumentIssued</c> event (rebuilt from the event log), stamps it with a
/// verification code and stores it immutably with its SHA-256. Every other effect, and the render
/// effect once the document is stored, goes on to <c>inner</c> (so a host can announce it).
/// </summary>
/// <remarks>
/// The outbox may perform an effect twice (a crash after storing, before marking it done). The
/// second run finds the document stored and does not render again, so the code printed on the
/// first copy stays the one that verifies. A failure (a template error, the store down) throws:
/// the outbox keeps the effect and retries it, and reports the error.
/// </remarks>
public sealed class DocumentRenderer : IEffectHandler
{
    /// <summary>Content type of every rendered document.</summary>
    public const string HtmlContentType = "text/html; charset=utf-8";

    private readonly IMatterStore _matters;
    private readonly IDocumentStore _documents;
    private readonly IDefinitionSource _definitions;
    private readonly MatterEngine _engine;
    private readonly DocumentTemplates _templates;
    private readonly DocumentOptions _options;
    private readonly IEffectHandler? _inner;

    /// <param name="matters">Where the events are.</param>
    /// <param name="documents">Where documents are stored.</param>
    /// <param name="definitions">Every definition version that may have issued a document.</param>
    /// <param name="engine">Its org directory and calendars (unit names, the local issue date).</param>
    /// <param name="templates">The composed templates of <c>templates/</c>.</param>
    /// <param name="options">The verification address printed on documents.</param>
    /// <param name="inner">Receives every effect this handler does not consume, and render effects once stored.</param>
    public DocumentRenderer(IMatterStore matters, IDocumentStore documents, IDefinitionSource definitions, MatterEngine engine,
        DocumentTemplates templates, DocumentOptions options, IEffectHandler? inner = null)
    {
        _matters = matters;
        _documents = documents;
        _definitions = definitions;
        _engine = engine;
        _templates = templates;
        _options = options;
        _inner = inner;
    }

    /// <inheritdoc/>
    public async Task HandleAsync(string instanceId, Effect effect, CancellationToken cancellationToken)
    {
        if (effect is RenderDocument render)
        {
            await RenderAsync(instanceId, render.Number, cancellationToken).ConfigureAwait(false);
        }
        if (_inner is not null)
        {
            await _inner.HandleAsync(instanceId, effect, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Renders and stores document <paramref name="number"/> of an instance, or returns
    /// the stored one if it exists.</summary>
    /// <exception cref="InvalidOperationException">No such issue in the event log, its definition
    /// version or template is not served here, or the template failed.</exception>
    public async Task<DocumentInfo> RenderAsync(string instanceId, string number, CancellationToken cancellationToken = default)
    {
        var stored = await _documents.DocumentAsync(instanceId, number, cancellationToken).ConfigureAwait(false);
        if (stored is not null)
        {
            return stored.Info;
        }
        var events = await _matters.EventsAsync(instanceId, cancellationToken).ConfigureAwait(false);
        var (state, issued, supervision) = DocumentScope.StateAtIssue(events, number)
            ?? throw new InvalidOperationException($"{instanceId} has issued no document {number}.");
        var definition = _definitions.Find(state.DefinitionId, state.DefinitionVersion)
            ?? throw new InvalidOperationException($"{instanceId}: definition {state.DefinitionId} v{state.DefinitionVersion} is not served here.");
        var template = _templates.Find(issued.Template)
            ?? throw new InvalidOperationException($"{instanceId}: template {issued.Template}.html of document {number} is missing.");
        if (!_engine.Calendars.TryGetValue(definition.Calendar, out var calendar))
        {
            throw new InvalidOperationException($"{instanceId}: calendar {definition.Calendar} is not loaded.");
        }
        var spec = definition.Documents.GetValueOrDefault(issued.Document);
        var code = VerificationCode.New();
        var stamp = new DocumentStamp
        {
            Number = number,
            Title = spec?.Name ?? issued.Document,
            IssuedAt = issued.At,
            VerificationCode = code,
            VerifyUrl = _options.VerifyUrl + "?code=" + code,
        };
        string html;
        try
        {
            html = template.Render(DocumentScope.Build(definition, state, _engine.Org, calendar, stamp, supervision));
        }
        catch (Engine.Expressions.ExpressionEvaluationException e)
        {
            throw new InvalidOperationException($"{instanceId}: {template.File} failed for document {number}: {e.Message}", e);
        }
        var revision = events.OfType<DocumentIssued>().TakeWhile(e => !ReferenceEquals(e, issued)).Count(e => e.Document == issued.Document) + 1;
        return await _documents.SaveDocumentAsync(new IssuedDocument
        {
            InstanceId = instanceId,
            Number = number,
            DocumentId = issued.Document,
            Title = stamp.Title,
            Revision = revision,
            ForApplicant = spec?.ForApplicant ?? false,
            Template = template.Id,
            TemplateSha256 = template.Sha256,
            VerificationCode = code,
            ContentType = HtmlContentType,
            IssuedAt = issued.At,
        }, Encoding.UTF8.GetBytes(html), cancellationToken).ConfigureAwait(false);
    }
}
