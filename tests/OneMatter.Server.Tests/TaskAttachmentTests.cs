using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OneMatter.Server.Tests.Support;

namespace OneMatter.Server.Tests;

/// <summary>添加附件 on a task: an officer of a unit taking part attaches their own uploads to an
/// open task; the event log records names and hashes, the task history and the matter's files
/// show them, and what the engine refuses is released again.</summary>
public sealed class TaskAttachmentTests : IClassFixture<ServerFixture>
{
    private readonly ServerFixture _server;

    public TaskAttachmentTests(ServerFixture server) => _server = server;

    private Task<HttpClient> As(string user) => SignedInClients.AsAsync(_server, user);

    private static Task<HttpResponseMessage> AttachAsync(HttpClient officer, string receipt, string task, params string[] ids) =>
        officer.PostAsJsonAsync($"/api/tasks/{receipt}/{task}/attachments", new { attachmentIds = ids });

    [Fact]
    public async Task AnOfficersAttachment_IsAudited_InTheTaskHistory_AndListedWithTheMattersFiles()
    {
        var applicant = await As("zhangsan");
        var window = await As("officer.baishi-service");
        var receipt = await Workbench.ApplyAsync(applicant);
        var accept = await Workbench.TaskAsync(window, receipt, "accept");
        var photo = await Uploads.OkAsync(window, "窗口核验照片.jpg", "image/jpeg", Uploads.Jpeg());
        var photoId = photo.GetProperty("id").GetString()!;

        var attached = await AttachAsync(window, receipt, accept, photoId);

        Assert.Equal(HttpStatusCode.OK, attached.StatusCode);
        var detail = await Workbench.DetailAsync(window, receipt, accept);
        var entry = Assert.Single(Workbench.History(detail, "files-attached"));
        Assert.Equal(("officer.baishi-service", "baishi-service", accept), (entry.GetProperty("actor").GetString(), entry.GetProperty("unit").GetString(),
            entry.GetProperty("task").GetString()));
        Assert.Equal("窗口核验照片.jpg", entry.GetProperty("text").GetString());
        Assert.Equal(photoId, entry.GetProperty("target").GetString());
        var file = Assert.Single(detail.GetProperty("attachments").EnumerateArray());
        Assert.Equal((photoId, accept, "baishi-service", photo.GetProperty("sha256").GetString()),
            (file.GetProperty("id").GetString(), file.GetProperty("taskId").GetString(), file.GetProperty("uploadedUnit").GetString(),
                file.GetProperty("sha256").GetString()));
        // The applicant sees it among the matter's files and may download it.
        var status = await applicant.GetFromJsonAsync<JsonElement>($"/api/matters/{receipt}");
        Assert.Equal(photoId, Assert.Single(status.GetProperty("attachments").EnumerateArray()).GetProperty("id").GetString());
        Assert.Equal(HttpStatusCode.OK, (await applicant.GetAsync($"/api/attachments/{photoId}")).StatusCode);

        // Attached once: not again, here or anywhere.
        var again = await AttachAsync(window, receipt, accept, photoId);
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Equal(["attachmentIds"], await Uploads.ErrorFieldsAsync(again));
    }

    [Fact]
    public async Task OnlyOwnUploads_ByAUnitTakingPart_OnAnOpenTask()
    {
        var applicant = await As("zhangsan");
        var window = await As("officer.baishi-service");
        var outsider = await As("officer.cs-housing");
        var receipt = await Workbench.ApplyAsync(applicant);
        var accept = await Workbench.TaskAsync(window, receipt, "accept");

        // Someone else's upload (the applicant's, another officer's) is not the window's to attach.
        var applicants = await Uploads.IdAsync(applicant);
        var outsiders = await Uploads.IdAsync(outsider, "住建意见.pdf");
        foreach (var id in new[] { applicants, outsiders, "att-AAAAAAAAAAAAAAAAAAAAAAAA" })
        {
            var refused = await AttachAsync(window, receipt, accept, id);
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Equal(["attachmentIds"], await Uploads.ErrorFieldsAsync(refused));
        }
        // A unit with no part in the matter does not learn that it exists.
        Assert.Equal(HttpStatusCode.NotFound, (await AttachAsync(outsider, receipt, accept, outsiders)).StatusCode);
        // Missing, duplicate ids.
        Assert.Equal(HttpStatusCode.BadRequest, (await AttachAsync(window, receipt, accept)).StatusCode);
        var mine = await Uploads.IdAsync(window, "核验记录.pdf");
        Assert.Equal(HttpStatusCode.BadRequest, (await AttachAsync(window, receipt, accept, mine, mine)).StatusCode);

        // A closed task: the engine refuses, and the file is released for use elsewhere.
        await Workbench.AcceptAsync(window, receipt);
        var closed = await AttachAsync(window, receipt, accept, mine);
        Assert.Equal(HttpStatusCode.Conflict, closed.StatusCode);
        var next = await Workbench.ApplyAsync(applicant);
        Assert.Equal(HttpStatusCode.OK, (await AttachAsync(window, next, await Workbench.TaskAsync(window, next, "accept"), mine)).StatusCode);
        Assert.Empty((await applicant.GetFromJsonAsync<JsonElement>($"/api/matters/{receipt}")).GetProperty("attachments").EnumerateArray());
    }
}
