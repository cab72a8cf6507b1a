using OneMatter.Engine.Definitions;
using OneMatter.Engine.Forms;
using OneMatter.Engine.Persistence;

namespace OneMatter.Server.Api;

/// <summary>
/// The files an application or a correction (补正) names in its file fields. Each attachment id
/// must be an upload of this applicant that belongs to no other matter (else a 400 naming the
/// field). They are bound to the matter BEFORE the command is submitted, so an acknowledged
/// application never lacks its files, and released again when the engine rejects the command,
/// so the applicant can use them for the next attempt.
/// </summary>
internal static class FormAttachments
{
    /// <summary>Checks and binds the attachments named by <paramref name="values"/>' file fields.
    /// Returns a problem, or the ids this call bound (to release on rejection).</summary>
    public static async Task<(IResult? Problem, IReadOnlyList<string> Bound)> BindAsync(MatterDefinition definition,
        IReadOnlyDictionary<string, string?> values, CurrentUser user, string instanceId, RuntimeHost host, AttachmentSettings settings,
        CancellationToken cancellationToken)
    {
        var named = new List<(string Field, string Id)>();
        var errors = new List<FieldError>();
        foreach (var field in definition.Form)
        {
            if (field.Type != FieldType.File || !values.TryGetValue(field.Id, out var value) || string.IsNullOrWhiteSpace(value))
            {
                continue;
            }
            foreach (var part in value.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (AttachmentId.IsWellFormed(part))
                {
                    named.Add((field.Id, part));
                }
                else if (settings.RequireUploads)
                {
                    errors.Add(new FieldError(field.Id, $"\"{part}\" 不是已上传的附件, 请先上传文件 (not an uploaded attachment: upload the file first)"));
                }
            }
        }
        if (named.Count == 0)
        {
            return (errors.Count == 0 ? null : Problems.Fields(errors, "附件无效 (attachments not usable)"), []);
        }
        var store = AttachmentEndpoints.Store(host);
        var found = (await store.AttachmentsAsync(named.ConvertAll(n => n.Id), cancellationToken).ConfigureAwait(false))
            .ToDictionary(a => a.Id, StringComparer.Ordinal);
        var toBind = new List<string>();
        foreach (var (field, id) in named)
        {
            if (!found.TryGetValue(id, out var attachment) || attachment.UploadedBy != user.Id)
            {
                // Someone else's upload is answered like a missing one: its existence is not revealed.
                errors.Add(new FieldError(field, $"没有您上传的附件 {id} (no upload of yours with id {id})"));
            }
            else if (attachment.InstanceId is null)
            {
                toBind.Add(id);
            }
            else if (attachment.InstanceId != instanceId)
            {
                // A correction may keep files already bound to this very matter; any other is taken.
                errors.Add(new FieldError(field, $"附件 {id} 已用于其他事项, 请重新上传 (attachment {id} already belongs to a matter: upload the file again)"));
            }
        }
        if (errors.Count > 0)
        {
            return (Problems.Fields(errors, "附件无效 (attachments not usable)"), []);
        }
        toBind = toBind.Distinct(StringComparer.Ordinal).ToList();
        var binding = await store.BindAttachmentsAsync(toBind, user.Id, instanceId, null, cancellationToken).ConfigureAwait(false);
        if (!binding.Bound)
        {
            // Another request took a file between the check and the binding.
            var failed = binding.Failures.Select(f => f.Id).ToHashSet(StringComparer.Ordinal);
            var raced = named.Where(n => failed.Contains(n.Id))
                .Select(n => new FieldError(n.Field, $"附件 {n.Id} 已用于其他事项 (attachment {n.Id} was just used elsewhere)")).ToList();
            return (Problems.Fields(raced, "附件无效 (attachments not usable)"), []);
        }
        return (null, toBind);
    }

    /// <summary>Releases what <see cref="BindAsync"/> bound, after the engine rejected the command.
    /// Not on an exception: the command may have committed, and releasing its files would let them
    /// be bound to a second matter.</summary>
    public static Task ReleaseAsync(IReadOnlyList<string> bound, string instanceId, RuntimeHost host) =>
        bound.Count == 0 ? Task.CompletedTask : AttachmentEndpoints.Store(host).UnbindAttachmentsAsync(bound, instanceId, CancellationToken.None);
}
