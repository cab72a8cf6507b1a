using System.Text;
using System.Text.Json;
using Microsoft.Playwright;
using OneMatter.Web.Tests.Support;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace OneMatter.Web.Tests;

/// <summary>The window officer attaches two files to the open acceptance task: a file whose
/// content is not what its name says is refused with the server's reason, the two PDFs are
/// attached, listed under the task's attachments and recorded in its history.</summary>
[Collection(WebCollection.Name)]
public sealed class AttachmentTests(WebAppServer server, ITestOutputHelper output)
{
    [RequiresChromiumFact]
    public Task AnOfficer_AttachesFilesToTheOpenTask_AndSeesThemListed() =>
        Story.RunAsync(server, output, "attach", async story =>
        {
            var receipt = await server.ApplyAsync(await server.ApiAsync("zhangsan"));
            var window = await story.SignInAsync("officer.baishi-service");
            await Ui.OpenTaskAsync(window, receipt, "申请受理");
            var attachments = window.Locator(".ant-card").Filter(new() { Has = window.Locator(".ant-card-head-title", new() { HasTextString = "附件" }) });
            await Expect(attachments).ToContainTextAsync("暂无附件");

            await window.Button("添加附件").ClickAsync();
            var dialog = window.GetByRole(AriaRole.Dialog);
            await Expect(dialog).ToBeVisibleAsync();
            var input = dialog.Locator("input[type=file]");
            // Named a PDF but not one: the upload is refused and the dialog says why.
            await input.SetInputFilesAsync(new FilePayload { Name = "伪装.pdf", MimeType = "application/pdf", Buffer = Encoding.UTF8.GetBytes("not a pdf") });
            await Expect(dialog.GetByRole(AriaRole.Alert)).ToContainTextAsync("文件内容不是");
            await input.SetInputFilesAsync(
            [
                new FilePayload { Name = "现场照片说明.pdf", MimeType = "application/pdf", Buffer = Ui.Pdf("现场照片说明") },
                new FilePayload { Name = "补充说明.pdf", MimeType = "application/pdf", Buffer = Ui.Pdf("补充说明") },
            ]);
            await Expect(dialog.Locator(".ant-upload-list")).ToContainTextAsync("现场照片说明.pdf");
            await Expect(dialog.Locator(".ant-upload-list")).ToContainTextAsync("补充说明.pdf");
            await Expect(dialog.Locator(".ant-upload-list-item-uploading")).ToHaveCountAsync(0);
            await dialog.Button("添加附件").ClickAsync();
            await Expect(dialog).ToBeHiddenAsync();
            await Ui.ToastAsync(window, "操作成功");

            await Expect(attachments).ToContainTextAsync("现场照片说明.pdf");
            await Expect(attachments).ToContainTextAsync("补充说明.pdf");
            await Expect(attachments).ToContainTextAsync("申请受理");
            await Expect(window.Locator(".ant-timeline").Last).ToContainTextAsync("添加附件");
            var link = attachments.GetByRole(AriaRole.Link, new() { Name = "补充说明.pdf" });
            var download = await window.APIRequest.GetAsync(await link.GetAttributeAsync("href") ?? "");
            Assert.Equal(200, download.Status);
            Assert.Contains("补充说明", Encoding.UTF8.GetString(await download.BodyAsync()), StringComparison.Ordinal);

            // The server has them bound to the task, and nothing else (the refused upload is not).
            var files = JsonDocument.Parse(await (await window.APIRequest.GetAsync($"/api/matters/{Uri.EscapeDataString(receipt)}/attachments")).TextAsync())
                .RootElement.EnumerateArray().Where(f => f.GetProperty("taskId").ValueKind == JsonValueKind.String)
                .Select(f => f.GetProperty("name").GetString()).Order(StringComparer.Ordinal).ToList();
            Assert.Equal(new[] { "现场照片说明.pdf", "补充说明.pdf" }.Order(StringComparer.Ordinal), files);
        });
}
