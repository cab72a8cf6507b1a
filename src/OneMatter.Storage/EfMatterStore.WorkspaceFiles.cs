using System.Text;
using Microsoft.EntityFrameworkCore;
using OneMatter.Engine.Persistence;
using OneMatter.Storage.Entities;

namespace OneMatter.Storage;

/// <summary>The administrators' port: versions of the org directory and calendar files.</summary>
internal sealed partial class EfMatterStore : IWorkspaceFileStore
{
    public async Task<StoredWorkspaceFile> SaveWorkspaceFileAsync(string path, string yaml, int baseVersion, string savedBy, DateTimeOffset savedAt,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(yaml);
        ArgumentOutOfRangeException.ThrowIfNegative(baseVersion);
        var row = new WorkspaceFileRow
        {
            Path = path,
            Version = baseVersion + 1,
            Yaml = yaml,
            Sha256 = EventChain.Sha256(Encoding.UTF8.GetBytes(yaml)),
            SavedBy = savedBy,
            SavedUtcTicks = savedAt.UtcTicks,
        };
        var db = CreateDbContext();
        await using (db.ConfigureAwait(false))
        {
            var newest = await db.WorkspaceFiles.AsNoTracking().Where(f => f.Path == path)
                .MaxAsync(f => (int?)f.Version, cancellationToken).ConfigureAwait(false) ?? 0;
            if (newest != baseVersion)
            {
                throw Stale(path, baseVersion, newest);
            }
            db.WorkspaceFiles.Add(row);
            try
            {
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (DbUpdateException error)
            {
                // The key (path, version) is the compare-and-set: a save that read the same newest
                // version and inserted first owns this number, and this one is refused whole.
                var now = await NewestVersionAsync(path, cancellationToken).ConfigureAwait(false);
                if (now <= baseVersion)
                {
                    throw; // not a race: the insert failed for another reason
                }
                throw new ConcurrencyConflictException(Stale(path, baseVersion, now).Message, error);
            }
        }
        return Stored(row);
    }

    public async Task<IReadOnlyList<StoredWorkspaceFile>> NewestWorkspaceFilesAsync(CancellationToken cancellationToken = default)
    {
        var db = CreateDbContext();
        await using (db.ConfigureAwait(false))
        {
            var files = db.WorkspaceFiles.AsNoTracking();
            var rows = await files
                .Where(f => f.Version == files.Where(g => g.Path == f.Path).Max(g => g.Version))
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            return rows.OrderBy(r => r.Path, StringComparer.Ordinal).Select(Stored).ToList();
        }
    }

    public async Task<IReadOnlyList<StoredWorkspaceFile>> WorkspaceFileVersionsAsync(string path, CancellationToken cancellationToken = default)
    {
        var db = CreateDbContext();
        await using (db.ConfigureAwait(false))
        {
            var rows = await db.WorkspaceFiles.AsNoTracking().Where(f => f.Path == path).OrderBy(f => f.Version)
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            return rows.ConvertAll(Stored);
        }
    }

    private async Task<int> NewestVersionAsync(string path, CancellationToken cancellationToken)
    {
        var db = CreateDbContext();
        await using (db.ConfigureAwait(false))
        {
            return await db.WorkspaceFiles.AsNoTracking().Where(f => f.Path == path)
                .MaxAsync(f => (int?)f.Version, cancellationToken).ConfigureAwait(false) ?? 0;
        }
    }

    private static ConcurrencyConflictException Stale(string path, int baseVersion, int newest) =>
        new($"{path} is at version {newest}, not {baseVersion}: someone saved it meanwhile; reload and edit again.");

    private static StoredWorkspaceFile Stored(WorkspaceFileRow r) =>
        new(r.Path, r.Version, r.Yaml, r.Sha256, r.SavedBy, Projection.Utc(r.SavedUtcTicks));
}
