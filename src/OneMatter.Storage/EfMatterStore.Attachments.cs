using Microsoft.EntityFrameworkCore;
using OneMatter.Engine.Persistence;
using OneMatter.Storage.Entities;

namespace OneMatter.Storage;

/// <summary>Uploaded files: stored once with their hash, bound to a matter all-or-nothing.</summary>
internal sealed partial class EfMatterStore : IAttachmentStore
{
    public async Task<AttachmentInfo> SaveAttachmentAsync(NewAttachment upload, ReadOnlyMemory<byte> content, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(upload);
        var row = new AttachmentRow
        {
            Id = AttachmentId.New(),
            FileName = upload.FileName,
            ContentType = upload.ContentType,
            Size = content.Length,
            Sha256 = EventChain.Sha256(content.Span),
            Content = content.ToArray(),
            UploadedBy = upload.UploadedBy,
            UploadedUnit = upload.UploadedUnit,
            UploadedUtcTicks = NowTicks,
        };
        var db = CreateDbContext();
        await using (db.ConfigureAwait(false))
        {
            db.Attachments.Add(row);
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            return Info(row);
        }
    }

    public async Task<StoredAttachment?> AttachmentAsync(string id, CancellationToken cancellationToken = default)
    {
        var db = CreateDbContext();
        await using (db.ConfigureAwait(false))
        {
            var row = await db.Attachments.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, cancellationToken).ConfigureAwait(false);
            return row is null ? null : new StoredAttachment(Info(row), row.Content);
        }
    }

    public async Task<IReadOnlyList<AttachmentInfo>> AttachmentsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        if (ids.Count == 0)
        {
            return [];
        }
        var wanted = ids.Distinct(StringComparer.Ordinal).ToList();
        var db = CreateDbContext();
        await using (db.ConfigureAwait(false))
        {
            var rows = await WithoutContent(db.Attachments.AsNoTracking().Where(a => wanted.Contains(a.Id))).ToListAsync(cancellationToken).ConfigureAwait(false);
            return InUploadOrder(rows);
        }
    }

    public async Task<IReadOnlyList<AttachmentInfo>> AttachmentsOfAsync(string instanceId, CancellationToken cancellationToken = default)
    {
        var db = CreateDbContext();
        await using (db.ConfigureAwait(false))
        {
            var rows = await WithoutContent(db.Attachments.AsNoTracking().Where(a => a.InstanceId == instanceId)).ToListAsync(cancellationToken).ConfigureAwait(false);
            return InUploadOrder(rows);
        }
    }

    public async Task<AttachmentBinding> BindAttachmentsAsync(IReadOnlyCollection<string> ids, string uploadedBy, string instanceId, string? taskId,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        ArgumentException.ThrowIfNullOrEmpty(instanceId);
        var wanted = ids.Distinct(StringComparer.Ordinal).ToList();
        if (wanted.Count == 0)
        {
            return new AttachmentBinding([]);
        }
        var db = CreateDbContext();
        await using (db.ConfigureAwait(false))
        {
            var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                // One conditional UPDATE: the database checks "unbound and mine" while it writes,
                // so of two binders racing for a file exactly one sees it unbound.
                var bound = await db.Attachments
                    .Where(a => wanted.Contains(a.Id) && a.UploadedBy == uploadedBy && a.InstanceId == null)
                    .ExecuteUpdateAsync(s => s.SetProperty(a => a.InstanceId, instanceId).SetProperty(a => a.TaskId, taskId), cancellationToken)
                    .ConfigureAwait(false);
                if (bound == wanted.Count)
                {
                    await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                    return new AttachmentBinding([]);
                }
                // All or nothing: undo the ones that did bind, then say why the others did not.
                await transaction.RollbackAsync(cancellationToken).ConfigureAwait(false);
            }
            var found = await db.Attachments.AsNoTracking().Where(a => wanted.Contains(a.Id))
                .Select(a => new { a.Id, a.UploadedBy, a.InstanceId }).ToDictionaryAsync(a => a.Id, StringComparer.Ordinal, cancellationToken).ConfigureAwait(false);
            var failures = new List<AttachmentBindFailure>();
            foreach (var id in wanted)
            {
                if (!found.TryGetValue(id, out var a))
                {
                    failures.Add(new AttachmentBindFailure(id, AttachmentBindRefusal.Unknown));
                }
                else if (a.UploadedBy != uploadedBy)
                {
                    failures.Add(new AttachmentBindFailure(id, AttachmentBindRefusal.NotUploader));
                }
                else if (a.InstanceId is not null)
                {
                    failures.Add(new AttachmentBindFailure(id, AttachmentBindRefusal.AlreadyBound));
                }
            }
            if (failures.Count == 0)
            {
                // Every file looked bindable after the rollback: a racing binder let go of one in
                // between. Still refused: the caller may try again; nothing was bound.
                failures.AddRange(wanted.Select(id => new AttachmentBindFailure(id, AttachmentBindRefusal.AlreadyBound)));
            }
            return new AttachmentBinding(failures);
        }
    }

    public async Task<int> UnbindAttachmentsAsync(IReadOnlyCollection<string> ids, string instanceId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var wanted = ids.Distinct(StringComparer.Ordinal).ToList();
        if (wanted.Count == 0)
        {
            return 0;
        }
        var db = CreateDbContext();
        await using (db.ConfigureAwait(false))
        {
            // Only bindings to this instance: a file meanwhile bound elsewhere is not released.
            return await db.Attachments
                .Where(a => wanted.Contains(a.Id) && a.InstanceId == instanceId)
                .ExecuteUpdateAsync(s => s.SetProperty(a => a.InstanceId, (string?)null).SetProperty(a => a.TaskId, (string?)null), cancellationToken)
                .ConfigureAwait(false);
        }
    }

    // Lists never read the (possibly large) content column.
    private static IQueryable<AttachmentRow> WithoutContent(IQueryable<AttachmentRow> rows) => rows.Select(a => new AttachmentRow
    {
        Id = a.Id,
        InstanceId = a.InstanceId,
        TaskId = a.TaskId,
        FileName = a.FileName,
        ContentType = a.ContentType,
        Size = a.Size,
        Sha256 = a.Sha256,
        Content = Array.Empty<byte>(),
        UploadedBy = a.UploadedBy,
        UploadedUnit = a.UploadedUnit,
        UploadedUtcTicks = a.UploadedUtcTicks,
    });

    private static List<AttachmentInfo> InUploadOrder(List<AttachmentRow> rows) =>
        rows.OrderBy(a => a.UploadedUtcTicks).ThenBy(a => a.Id, StringComparer.Ordinal).Select(Info).ToList();

    private static AttachmentInfo Info(AttachmentRow a) => new()
    {
        Id = a.Id,
        InstanceId = a.InstanceId,
        TaskId = a.TaskId,
        FileName = a.FileName,
        ContentType = a.ContentType,
        Size = a.Size,
        Sha256 = a.Sha256,
        UploadedBy = a.UploadedBy,
        UploadedUnit = a.UploadedUnit,
        UploadedAt = Projection.Utc(a.UploadedUtcTicks),
    };
}
