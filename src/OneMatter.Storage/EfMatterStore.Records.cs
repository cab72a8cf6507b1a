using System.Text;
using Microsoft.EntityFrameworkCore;
using OneMatter.Engine.Persistence;
using OneMatter.Storage.Entities;

namespace OneMatter.Storage;

/// <summary>Immutable records: published definition versions and issued documents.</summary>
internal sealed partial class EfMatterStore
{
    public async Task SaveDefinitionVersionAsync(string id, int version, string yaml, string publishedBy, DateTimeOffset publishedAt,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        var sha = EventChain.Sha256(Encoding.UTF8.GetBytes(yaml));
        var db = CreateDbContext();
        await using (db.ConfigureAwait(false))
        {
            var existing = await db.DefinitionVersions.AsNoTracking()
                .FirstOrDefaultAsync(d => d.Id == id && d.Version == version, cancellationToken).ConfigureAwait(false);
            if (existing is not null)
            {
                if (existing.Sha256 != sha)
                {
                    throw new ImmutableRecordException($"{id} v{version} is already published with other content; publish a new version.");
                }
                return;
            }
            db.DefinitionVersions.Add(new DefinitionVersion
            {
                Id = id,
                Version = version,
                Yaml = yaml,
                Sha256 = sha,
                PublishedBy = publishedBy,
                PublishedUtcTicks = publishedAt.UtcTicks,
            });
            try
            {
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (DbUpdateException error)
            {
                // Another node (or designer) stored the same (id, version) between the read and
                // the insert, e.g. two nodes seeding the same file at start: the same text is
                // that no-op, other text is the immutability violation.
                var winner = await DefinitionVersionAsync(id, version, cancellationToken).ConfigureAwait(false);
                if (winner is null)
                {
                    throw;
                }
                if (winner.Sha256 != sha)
                {
                    throw new ImmutableRecordException($"{id} v{version} is already published with other content; publish a new version.", error);
                }
            }
        }
    }

    public async Task<StoredDefinition?> DefinitionVersionAsync(string id, int version, CancellationToken cancellationToken = default)
    {
        var db = CreateDbContext();
        await using (db.ConfigureAwait(false))
        {
            var d = await db.DefinitionVersions.AsNoTracking()
                .FirstOrDefaultAsync(d => d.Id == id && d.Version == version, cancellationToken).ConfigureAwait(false);
            return d is null ? null : new StoredDefinition(d.Id, d.Version, d.Yaml, d.Sha256, d.PublishedBy, Projection.Utc(d.PublishedUtcTicks));
        }
    }

    public async Task SaveDocumentAsync(string instanceId, string number, string documentId, string contentType, ReadOnlyMemory<byte> content,
        CancellationToken cancellationToken = default)
    {
        var sha = EventChain.Sha256(content.Span);
        var db = CreateDbContext();
        await using (db.ConfigureAwait(false))
        {
            var existing = await db.Documents.AsNoTracking()
                .Where(d => d.InstanceId == instanceId && d.Number == number)
                .Select(d => new { d.Sha256, d.DocumentId })
                .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
            if (existing is not null)
            {
                // A re-run of the outbox renders the same bytes again: harmless. Different bytes
                // under an issued number would rewrite a legal document: refused.
                if (existing.Sha256 != sha || existing.DocumentId != documentId)
                {
                    throw new ImmutableRecordException($"document {number} of {instanceId} is already issued with other content.");
                }
                return;
            }
            db.Documents.Add(new DocumentRow
            {
                InstanceId = instanceId,
                Number = number,
                DocumentId = documentId,
                ContentType = contentType,
                Content = content.ToArray(),
                Sha256 = sha,
                CreatedUtcTicks = NowTicks,
            });
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task<StoredDocument?> DocumentAsync(string instanceId, string number, CancellationToken cancellationToken = default)
    {
        var db = CreateDbContext();
        await using (db.ConfigureAwait(false))
        {
            var d = await db.Documents.AsNoTracking()
                .FirstOrDefaultAsync(d => d.InstanceId == instanceId && d.Number == number, cancellationToken).ConfigureAwait(false);
            return d is null ? null : new StoredDocument(d.InstanceId, d.Number, d.DocumentId, d.ContentType, d.Content, d.Sha256, Projection.Utc(d.CreatedUtcTicks));
        }
    }
}
