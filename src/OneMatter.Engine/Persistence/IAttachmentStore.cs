namespace OneMatter.Engine.Persistence;

/// <summary>
/// Uploaded files (申请材料, officers' site photos and reports): stored with their SHA-256, owned
/// by the uploader until bound to a matter (and optionally one of its tasks). Binding is how an
/// upload becomes part of a matter: it happens before the command that names the files is
/// submitted, so an acknowledged command never lacks its files, and is undone when the command
/// is rejected. Content never changes once written. A separate port so that stores and wrappers
/// that never see an upload need not implement it.
/// </summary>
public interface IAttachmentStore
{
    /// <summary>Stores an upload under a new random id, unbound, with the SHA-256 and size of
    /// <paramref name="content"/>.</summary>
    Task<AttachmentInfo> SaveAttachmentAsync(NewAttachment upload, ReadOnlyMemory<byte> content, CancellationToken cancellationToken = default);

    /// <summary>One attachment with its content, or null.</summary>
    Task<StoredAttachment?> AttachmentAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>The attachments among <paramref name="ids"/> that exist, without content, in upload order.</summary>
    Task<IReadOnlyList<AttachmentInfo>> AttachmentsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default);

    /// <summary>The attachments bound to an instance, without content, in upload order.</summary>
    Task<IReadOnlyList<AttachmentInfo>> AttachmentsOfAsync(string instanceId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Binds every one of <paramref name="ids"/> to <paramref name="instanceId"/> (and
    /// <paramref name="taskId"/>) if each exists, is unbound and was uploaded by
    /// <paramref name="uploadedBy"/>; otherwise binds none and names each id that failed and why.
    /// Two callers racing for one attachment: exactly one binds it.
    /// </summary>
    Task<AttachmentBinding> BindAttachmentsAsync(IReadOnlyCollection<string> ids, string uploadedBy, string instanceId, string? taskId,
        CancellationToken cancellationToken = default);

    /// <summary>Makes those of <paramref name="ids"/> bound to <paramref name="instanceId"/> unbound
    /// again (their command was rejected); returns how many were.</summary>
    Task<int> UnbindAttachmentsAsync(IReadOnlyCollection<string> ids, string instanceId, CancellationToken cancellationToken = default);
}
