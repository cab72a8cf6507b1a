using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using OneMatter.Server.Tests.Support;

namespace OneMatter.Server.Tests;

/// <summary>Uploads: size, declared type and content signature checked, names cleaned, stored
/// with their SHA-256; every refusal a problem naming the field <c>file</c>.</summary>
public sealed class AttachmentUploadTests : IClassFixture<ServerFixture>
{
    private const long MaxBytes = 10 * 1024 * 1024;

    private readonly ServerFixture _server;

    public AttachmentUploadTests(ServerFixture server) => _server = server;

    [Fact]
    public async Task AnUpload_IsStoredWithItsHash_AndDownloadsUnderItsChineseName()
    {
        var applicant = await SignedInClients.AsAsync(_server, "zhangsan");
        var pdf = Uploads.Pdf("户口簿");

        var uploaded = await Uploads.OkAsync(applicant, @"C:\Users\张三\Desktop\户口簿.pdf", "application/pdf", pdf);

        var id = uploaded.GetProperty("id").GetString()!;
        Assert.Matches("^att-[A-Za-z0-9_-]{24}$", id);
        Assert.Equal("户口簿.pdf", uploaded.GetProperty("name").GetString());
        Assert.Equal(pdf.Length, uploaded.GetProperty("size").GetInt64());
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(pdf)), uploaded.GetProperty("sha256").GetString());
        Assert.Equal("application/pdf", uploaded.GetProperty("contentType").GetString());

        var download = await applicant.GetAsync($"/api/attachments/{id}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(pdf, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
        var disposition = download.Content.Headers.ContentDisposition!;
        Assert.Equal("attachment", disposition.DispositionType);
        Assert.Equal("户口簿.pdf", disposition.FileNameStar);
        Assert.Contains("filename*=UTF-8''%E6%88%B7%E5%8F%A3%E7%B0%BF.pdf", download.Content.Headers.GetValues("Content-Disposition").Single(),
            StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Jpeg_Png_AndOfd_AreAccepted_ByTheirSignatures()
    {
        var officer = await SignedInClients.AsAsync(_server, "officer.cs-housing");
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0];

        Assert.Equal("image/jpeg", (await Uploads.OkAsync(officer, "现场.jpg", "image/jpeg", Uploads.Jpeg())).GetProperty("contentType").GetString());
        Assert.Equal("image/png", (await Uploads.OkAsync(officer, "图.png", "image/png", png)).GetProperty("contentType").GetString());
        // Browsers know no type for .ofd and send octet-stream; the package's OFD.xml decides.
        Assert.Equal("application/ofd", (await Uploads.OkAsync(officer, "电子证照.ofd", "application/octet-stream", Ofd())).GetProperty("contentType").GetString());
    }

    [Fact]
    public async Task ARenamedExecutable_OrAnUnlistedType_Is415_NamingTheFile()
    {
        var applicant = await SignedInClients.AsAsync(_server, "zhangsan");

        var renamed = await Uploads.SendAsync(applicant, "户口簿.pdf", "application/pdf", Uploads.Exe());
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, renamed.StatusCode);
        Assert.Equal(["file"], await Uploads.ErrorFieldsAsync(renamed));

        var exe = await Uploads.SendAsync(applicant, "setup.exe", "application/x-msdownload", Uploads.Exe());
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, exe.StatusCode);
        Assert.Equal(["file"], await Uploads.ErrorFieldsAsync(exe));

        var html = await Uploads.SendAsync(applicant, "page.html", "text/html", Encoding.UTF8.GetBytes("<script>alert(1)</script>"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, html.StatusCode);

        // A ZIP without OFD.xml is not an OFD.
        var zip = await Uploads.SendAsync(applicant, "x.ofd", "application/ofd", Zip("other.xml"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, zip.StatusCode);
    }

    [Fact]
    public async Task AFileOverTheLimit_Is413_NamingTheFile_AndABodyFarOverIt_IsRefusedBeforeItIsRead()
    {
        var applicant = await SignedInClients.AsAsync(_server, "zhangsan");
        var atLimit = new byte[MaxBytes];
        "%PDF-1.7\n"u8.CopyTo(atLimit);
        Assert.Equal(MaxBytes, (await Uploads.OkAsync(applicant, "大文件.pdf", "application/pdf", atLimit)).GetProperty("size").GetInt64());

        var over = new byte[MaxBytes + 1];
        "%PDF-1.7\n"u8.CopyTo(over);
        var tooLarge = await Uploads.SendAsync(applicant, "大文件.pdf", "application/pdf", over);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge.StatusCode);
        Assert.Equal(["file"], await Uploads.ErrorFieldsAsync(tooLarge));

        var far = new byte[MaxBytes + 1024 * 1024];
        "%PDF-1.7\n"u8.CopyTo(far);
        var farTooLarge = await Uploads.SendAsync(applicant, "大文件.pdf", "application/pdf", far);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, farTooLarge.StatusCode);
        Assert.Equal("application/problem+json", farTooLarge.Content.Headers.ContentType?.MediaType);

        // Other endpoints keep the server's 1 MB limit.
        var form = new string('x', 2 * 1024 * 1024);
        var application = await applicant.PostAsync("/api/matters/rural-housing/applications",
            new StringContent("{\"form\":{\"applicant_name\":\"" + form + "\"}}", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, application.StatusCode);
    }

    [Fact]
    public async Task EmptyFiles_WrongFields_AndNonMultipartBodies_Are4xxProblems()
    {
        var applicant = await SignedInClients.AsAsync(_server, "zhangsan");

        var empty = await Uploads.SendAsync(applicant, "空.pdf", "application/pdf", []);
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Equal(["file"], await Uploads.ErrorFieldsAsync(empty));

        var wrongField = await applicant.PostAsync("/api/attachments", Uploads.Form("a.pdf", "application/pdf", Uploads.Pdf(), field: "upload"));
        Assert.Equal(HttpStatusCode.BadRequest, wrongField.StatusCode);
        Assert.Equal(["file"], await Uploads.ErrorFieldsAsync(wrongField));

        var two = Uploads.Form("a.pdf", "application/pdf", Uploads.Pdf());
        two.Add(new ByteArrayContent(Uploads.Pdf()), "file", "b.pdf");
        Assert.Equal(HttpStatusCode.BadRequest, (await applicant.PostAsync("/api/attachments", two)).StatusCode);

        var json = await applicant.PostAsJsonAsync("/api/attachments", new { file = "x" });
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, json.StatusCode);
        Assert.Equal(["file"], await Uploads.ErrorFieldsAsync(json));

        // A multipart body cut short.
        var cut = new StringContent("--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.",
            Encoding.UTF8);
        cut.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse("multipart/form-data; boundary=b");
        var truncated = await applicant.PostAsync("/api/attachments", cut);
        Assert.InRange((int)truncated.StatusCode, 400, 499);
        Assert.Equal("application/problem+json", truncated.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Names_LoseTheirPath_ControlAndDirectionCharacters_AndAreCapped()
    {
        var applicant = await SignedInClients.AsAsync(_server, "zhangsan");

        var unix = await Uploads.OkAsync(applicant, "../../etc/申请书.pdf", "application/pdf", Uploads.Pdf());
        Assert.Equal("申请书.pdf", unix.GetProperty("name").GetString());

        var reversed = await Uploads.OkAsync(applicant, "photo\u202Egpj.pdf", "application/pdf", Uploads.Pdf());
        Assert.Equal("photogpj.pdf", reversed.GetProperty("name").GetString());

        var longName = await Uploads.OkAsync(applicant, new string('长', 300) + ".pdf", "application/pdf", Uploads.Pdf());
        var name = longName.GetProperty("name").GetString()!;
        Assert.Equal(100, name.Length);
        Assert.EndsWith("长.pdf", name, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Uploading_IsForApplicantsAndOfficers_AndCookieUploadsNeedTheAntiforgeryToken()
    {
        var supervisor = await SignedInClients.AsAsync(_server, "supervisor");
        Assert.Equal(HttpStatusCode.Forbidden, (await Uploads.SendAsync(supervisor, "a.pdf", "application/pdf", Uploads.Pdf())).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Uploads.SendAsync(_server.CreateClient(), "a.pdf", "application/pdf", Uploads.Pdf())).StatusCode);

        var browser = _server.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { HandleCookies = true });
        var signIn = await browser.PostAsJsonAsync("/api/account/sign-in", new { userName = "lisi", password = ServerFixture.Password, useCookies = true });
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await Uploads.SendAsync(browser, "a.pdf", "application/pdf", Uploads.Pdf())).StatusCode);

        var token = await browser.GetFromJsonAsync<JsonElement>("/api/account/antiforgery");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/attachments") { Content = Uploads.Form("a.pdf", "application/pdf", Uploads.Pdf()) };
        request.Headers.Add(token.GetProperty("headerName").GetString()!, token.GetProperty("token").GetString());
        Assert.Equal(HttpStatusCode.Created, (await browser.SendAsync(request)).StatusCode);
    }

    private static byte[] Ofd() => Zip("OFD.xml");

    private static byte[] Zip(string entry)
    {
        using var buffer = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(buffer, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry(entry).Open());
            writer.Write("<ofd:OFD xmlns:ofd=\"http://www.ofdspec.org/2016\"/>");
        }
        return buffer.ToArray();
    }
}
