using Microsoft.EntityFrameworkCore;
using OneMatter.Engine.Persistence;
using OneMatter.Storage.Entities;

namespace OneMatter.Storage;

/// <summary>Issued documents: written once, found by number or by verification code.</summary>
internal sealed partial class EfMatterStore : IDocumentStore
{
    public async Task<DocumentInfo> SaveDocumentAsync(IssuedDocument document, ReadOnlyMemory<byte> content, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var sha = EventChain.Sha256(content.Span);
        var db = CreateDbContext();
        await using (db.ConfigureAwait(false))
        {
            var existing = await db.Documents.AsNoTracking()
                .FirstOrDefaultAsync(d => d.InstanceId == document.InstanceId && d.Number == document.Number, cancellationToken).ConfigureAwait(false);
            if (existing is not null)
            {
                // A re-run of the outbox renders the same bytes again: harmless. Different bytes
                // under an issued number would rewrite a legal document: refused.
                if (existing.Sha256 != sha || existing.DocumentId != document.DocumentId)
                {
                    throw new ImmutableRecordException($"document {document.Number} of {document.InstanceId} is already issued with other content.");
                }
                return Info(existing);
            }
            var row = new DocumentRow
            {
                InstanceId = document.InstanceId,
                Number = document.Number,
                DocumentId = document.DocumentId,
                Title = document.Title,
                Revision = document.Revision,
                ForApplicant = document.ForApplicant,
                Template = document.Template,
                TemplateSha256 = document.TemplateSha256,
                VerificationCode = document.VerificationCode,
                ContentType = document.ContentType,
                Content = content.ToArray(),
                Sha256 = sha,
                IssuedUtcTicks = document.IssuedAt.UtcTicks,
                CreatedUtcTicks = NowTicks,
            };
            db.Documents.Add(row);
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            return Info(row);
        }
    }

    public async Task<StoredDocument?> DocumentAsync(string instanceId, string number, CancellationToken cancellationToken = default)
    {
        var db = CreateDbContext();
        await using (db.ConfigureAwait(false))
        {
            var d = await db.Documents.AsNoTracking()
                .FirstOrDefaultAsync(d => d.InstanceId == instanceId && d.Number == number, cancellationToken).ConfigureAwait(false);
            return d is null ? null : new StoredDocument(Info(d), d.Content);
        }
    }

    public async Task<IReadOnlyList<DocumentInfo>> DocumentsOfAsync(string instanceId, CancellationToken cancellationToken = default)
    {
        var db = CreateDbContext();
        await using (db.ConfigureAwait(false))
        {
            var rows = await WithoutContent(db.Documents.AsNoTracking().Where(d => d.InstanceId == instanceId))
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            return rows.OrderBy(d => d.IssuedUtcTicks).ThenBy(d => d.Number, StringComparer.Ordinal).Select(Info).ToList();
        }
    }

    public async Task<DocumentInfo?> DocumentByCodeAsync(string verificationCode, CancellationToken cancellationToken = default)
    {
        var db = CreateDbContext();
        await using (db.ConfigureAwait(false))
        {
            var row = await WithoutContent(db.Documents.AsNoTracking().Where(d => d.VerificationCode == verificationCode))
                .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
            return row is null ? null : Info(row);
        }
    }

    // Lists and lookups never read the (possibly large) content column.
    private static IQueryable<DocumentRow> WithoutContent(IQueryable<DocumentRow> rows) => rows.Select(d => new DocumentRow
    {
        InstanceId = d.InstanceId,
        Number = d.Number,
        DocumentId = d.DocumentId,
        Title = d.Title,
        Revision = d.Revision,
        ForApplicant = d.ForApplicant,
        Template = d.Template,
        TemplateSha256 = d.TemplateSha256,
        VerificationCode = d.VerificationCode,
        ContentType = d.ContentType,
        Content = Array.Empty<byte>(),
        Sha256 = d.Sha256,
        IssuedUtcTicks = d.IssuedUtcTicks,
        CreatedUtcTicks = d.CreatedUtcTicks,
    });

    private static DocumentInfo Info(DocumentRow d) => new(new IssuedDocument
    {
        InstanceId = d.InstanceId,
        Number = d.Number,
        DocumentId = d.DocumentId,
        Title = d.Title,
        Revision = d.Revision,
        ForApplicant = d.ForApplicant,
        Template = d.Template,
        TemplateSha256 = d.TemplateSha256,
        VerificationCode = d.VerificationCode ?? "",
        ContentType = d.ContentType,
        IssuedAt = Projection.Utc(d.IssuedUtcTicks),
    }, d.Sha256, Projection.Utc(d.CreatedUtcTicks));
}
