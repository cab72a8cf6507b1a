using Microsoft.EntityFrameworkCore;
using OneMatter.Engine.Persistence;
using OneMatter.Storage.Entities;

namespace OneMatter.Storage;

/// <summary>The designer's port: every published version, drafts and retirement.</summary>
internal sealed partial class EfMatterStore : IDefinitionStore
{
    public async Task<IReadOnlyList<StoredDefinition>> DefinitionVersionsAsync(string? id = null, CancellationToken cancellationToken = default)
    {
        var db = CreateDbContext();
        await using (db.ConfigureAwait(false))
        {
            var query = db.DefinitionVersions.AsNoTracking();
            if (id is not null)
            {
                query = query.Where(d => d.Id == id);
            }
            var rows = await query.OrderBy(d => d.Id).ThenBy(d => d.Version).ToListAsync(cancellationToken).ConfigureAwait(false);
            return rows.ConvertAll(d => new StoredDefinition(d.Id, d.Version, d.Yaml, d.Sha256, d.PublishedBy, Projection.Utc(d.PublishedUtcTicks)));
        }
    }

    public async Task<IReadOnlyList<(string Id, int Version)>> PublishedVersionKeysAsync(CancellationToken cancellationToken = default)
    {
        var db = CreateDbContext();
        await using (db.ConfigureAwait(false))
        {
            var rows = await db.DefinitionVersions.AsNoTracking().OrderBy(d => d.Id).ThenBy(d => d.Version)
                .Select(d => new { d.Id, d.Version }).ToListAsync(cancellationToken).ConfigureAwait(false);
            return rows.ConvertAll(r => (r.Id, r.Version));
        }
    }

    public async Task<DefinitionHead?> DefinitionHeadAsync(string id, CancellationToken cancellationToken = default)
    {
        var db = CreateDbContext();
        await using (db.ConfigureAwait(false))
        {
            var row = await db.Set<DefinitionHeadRow>().AsNoTracking().FirstOrDefaultAsync(h => h.Id == id, cancellationToken).ConfigureAwait(false);
            return row is null ? null : HeadOf(row);
        }
    }

    public async Task<IReadOnlyList<DefinitionHead>> DefinitionHeadsAsync(CancellationToken cancellationToken = default)
    {
        var db = CreateDbContext();
        await using (db.ConfigureAwait(false))
        {
            var rows = await db.Set<DefinitionHeadRow>().AsNoTracking().OrderBy(h => h.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
            return rows.ConvertAll(HeadOf);
        }
    }

    public Task SaveDraftAsync(string id, string yaml, string savedBy, DateTimeOffset savedAt, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        return UpdateHeadAsync(id, row =>
        {
            row.DraftYaml = yaml;
            row.DraftBy = savedBy;
            row.DraftUtcTicks = savedAt.UtcTicks;
        }, cancellationToken);
    }

    public async Task<bool> DiscardDraftAsync(string id, CancellationToken cancellationToken = default)
    {
        var had = false;
        await UpdateHeadAsync(id, row =>
        {
            had = row.DraftYaml is not null;
            row.DraftYaml = null;
            row.DraftBy = null;
            row.DraftUtcTicks = null;
        }, cancellationToken).ConfigureAwait(false);
        return had;
    }

    public Task SetRetiredAsync(string id, bool retired, string by, DateTimeOffset at, CancellationToken cancellationToken = default) =>
        UpdateHeadAsync(id, row =>
        {
            row.Retired = retired;
            row.RetiredBy = retired ? by : null;
            row.RetiredUtcTicks = retired ? at.UtcTicks : null;
        }, cancellationToken);

    /// <summary>Reads the id's row (made if missing), changes it and saves. Last writer wins: a
    /// draft is one designer's working copy, not a merge.</summary>
    private async Task UpdateHeadAsync(string id, Action<DefinitionHeadRow> change, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        var db = CreateDbContext();
        await using (db.ConfigureAwait(false))
        {
            var heads = db.Set<DefinitionHeadRow>();
            var row = await heads.FirstOrDefaultAsync(h => h.Id == id, cancellationToken).ConfigureAwait(false);
            if (row is null)
            {
                row = new DefinitionHeadRow { Id = id };
                heads.Add(row);
            }
            change(row);
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static DefinitionHead HeadOf(DefinitionHeadRow row) =>
        new(row.Id, row.DraftYaml, row.DraftBy, row.DraftUtcTicks is { } d ? Projection.Utc(d) : null, row.Retired, row.RetiredBy,
            row.RetiredUtcTicks is { } r ? Projection.Utc(r) : null);
}
