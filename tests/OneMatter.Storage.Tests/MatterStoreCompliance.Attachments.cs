using System.Security.Cryptography;
using OneMatter.Engine.Persistence;
using OneMatter.Storage.Tests.Support;

namespace OneMatter.Storage.Tests;

/// <summary>Uploaded files: random ids, hashed, listed without content, bound all-or-nothing by
/// their uploader only, once, and released again for a rejected command.</summary>
public abstract partial class MatterStoreCompliance
{
    private IAttachmentStore Attachments => (IAttachmentStore)Store;

    private static NewAttachment Upload(string name, string by = "zhangsan", string? unit = null) => new()
    {
        FileName = name,
        ContentType = "application/pdf",
        UploadedBy = by,
        UploadedUnit = unit,
    };

    private static readonly byte[] Pdf = "%PDF-1.7\n户口簿\n%%EOF"u8.ToArray();

    [StoreFact]
    public async Task Attachment_Saved_WithARandomId_ItsHashAndSize_Unbound()
    {
        var saved = await Attachments.SaveAttachmentAsync(Upload("户口簿.pdf", "officer.x", "cs-housing"), Pdf);
        var other = await Attachments.SaveAttachmentAsync(Upload("户口簿.pdf"), Pdf);

        Assert.True(AttachmentId.IsWellFormed(saved.Id), saved.Id);
        Assert.NotEqual(saved.Id, other.Id);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Pdf)), saved.Sha256);
        Assert.Equal(Pdf.Length, saved.Size);
        Assert.Equal(("户口簿.pdf", "application/pdf", "officer.x", "cs-housing"), (saved.FileName, saved.ContentType, saved.UploadedBy, saved.UploadedUnit));
        Assert.Equal(Time.GetUtcNow(), saved.UploadedAt);
        Assert.Null(saved.InstanceId);

        var stored = await Attachments.AttachmentAsync(saved.Id);
        Assert.NotNull(stored);
        Assert.Equal(Pdf, stored.Content.ToArray());
        Assert.Equal(saved, stored.Info);
        Assert.Null(await Attachments.AttachmentAsync("att-AAAAAAAAAAAAAAAAAAAAAAAA"));
    }

    [StoreFact]
    public async Task Attachments_FoundByIds_AndListedPerInstance_InUploadOrder_WithoutContent()
    {
        var first = await Attachments.SaveAttachmentAsync(Upload("a.pdf"), Pdf);
        Time.Advance(TimeSpan.FromSeconds(1));
        var second = await Attachments.SaveAttachmentAsync(Upload("b.pdf"), Pdf);
        Time.Advance(TimeSpan.FromSeconds(1));
        var third = await Attachments.SaveAttachmentAsync(Upload("c.pdf"), Pdf);

        var found = await Attachments.AttachmentsAsync([third.Id, "att-nobody", first.Id, first.Id]);
        Assert.Equal([first.Id, third.Id], found.Select(a => a.Id));
        Assert.Empty(await Attachments.AttachmentsAsync([]));

        Assert.True((await Attachments.BindAttachmentsAsync([third.Id, first.Id], "zhangsan", "RH-1", null)).Bound);
        Assert.True((await Attachments.BindAttachmentsAsync([second.Id], "zhangsan", "RH-2", "accept.3")).Bound);

        var ofFirst = await Attachments.AttachmentsOfAsync("RH-1");
        Assert.Equal(["a.pdf", "c.pdf"], ofFirst.Select(a => a.FileName));
        Assert.All(ofFirst, a => Assert.Equal(("RH-1", (string?)null, Pdf.LongLength), (a.InstanceId, a.TaskId, a.Size)));
        Assert.Equal("accept.3", Assert.Single(await Attachments.AttachmentsOfAsync("RH-2")).TaskId);
        Assert.Empty(await Attachments.AttachmentsOfAsync("RH-3"));
    }

    [StoreFact]
    public async Task Attachment_Binding_IsAllOrNothing_AndNamesEachRefusal()
    {
        var mine = await Attachments.SaveAttachmentAsync(Upload("mine.pdf"), Pdf);
        var theirs = await Attachments.SaveAttachmentAsync(Upload("theirs.pdf", by: "lisi"), Pdf);
        var used = await Attachments.SaveAttachmentAsync(Upload("used.pdf"), Pdf);
        Assert.True((await Attachments.BindAttachmentsAsync([used.Id], "zhangsan", "RH-0", null)).Bound);

        var refused = await Attachments.BindAttachmentsAsync([mine.Id, theirs.Id, used.Id, "att-none"], "zhangsan", "RH-1", null);

        Assert.False(refused.Bound);
        Assert.Equal(
            [(theirs.Id, AttachmentBindRefusal.NotUploader), (used.Id, AttachmentBindRefusal.AlreadyBound), ("att-none", AttachmentBindRefusal.Unknown)],
            refused.Failures.Select(f => (f.Id, f.Reason)));
        // Nothing was bound, not even the one that could have been.
        Assert.Null((await Attachments.AttachmentAsync(mine.Id))!.Info.InstanceId);
        Assert.Null((await Attachments.AttachmentAsync(theirs.Id))!.Info.InstanceId);
        Assert.Equal("RH-0", (await Attachments.AttachmentAsync(used.Id))!.Info.InstanceId);
        Assert.Empty(await Attachments.AttachmentsOfAsync("RH-1"));
    }

    [StoreFact]
    public async Task Attachment_IsBoundOnce_AndUnbinding_ReleasesOnlyThisInstancesBinding()
    {
        var file = await Attachments.SaveAttachmentAsync(Upload("plan.pdf"), Pdf);
        Assert.True((await Attachments.BindAttachmentsAsync([file.Id], "zhangsan", "RH-1", null)).Bound);
        Assert.Equal(AttachmentBindRefusal.AlreadyBound,
            Assert.Single((await Attachments.BindAttachmentsAsync([file.Id], "zhangsan", "RH-2", null)).Failures).Reason);

        // Another instance's unbind does not release it; its own does, and it can be used again.
        Assert.Equal(0, await Attachments.UnbindAttachmentsAsync([file.Id], "RH-2"));
        Assert.Equal("RH-1", (await Attachments.AttachmentAsync(file.Id))!.Info.InstanceId);
        Assert.Equal(1, await Attachments.UnbindAttachmentsAsync([file.Id], "RH-1"));
        var released = (await Attachments.AttachmentAsync(file.Id))!.Info;
        Assert.Equal(((string?)null, (string?)null), (released.InstanceId, released.TaskId));
        Assert.True((await Attachments.BindAttachmentsAsync([file.Id], "zhangsan", "RH-2", "land.4")).Bound);
    }

    [StoreFact]
    public async Task Attachment_RacingBinders_BindItOnce()
    {
        var file = await Attachments.SaveAttachmentAsync(Upload("race.pdf"), Pdf);

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(i =>
            Task.Run(() => Attachments.BindAttachmentsAsync([file.Id], "zhangsan", $"RH-{i}", null))));

        Assert.Single(results, r => r.Bound);
        var winner = Array.FindIndex(results, r => r.Bound);
        Assert.Equal($"RH-{winner}", (await Attachments.AttachmentAsync(file.Id))!.Info.InstanceId);
    }
}
