using System.Text;
using Microsoft.EntityFrameworkCore;
using OneMatter.Engine.Persistence;
using OneMatter.Storage.Entities;

namespace OneMatter.Storage;

/// <summary>Immutable records: published definition versions.</summary>
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
}
