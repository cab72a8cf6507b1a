using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace OneMatter.Server.Tests.Support;

/// <summary>Uploading files as the portal and the workbench do (multipart, one field
/// <c>file</c>), and small files of each kind with real signatures.</summary>
internal static class Uploads
{
    public static byte[] Pdf(string text = "申请材料") => Encoding.UTF8.GetBytes($"%PDF-1.7\n% {text}\n1 0 obj << >> endobj\n%%EOF\n");

    public static byte[] Jpeg() => [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, (byte)'J', (byte)'F', (byte)'I', (byte)'F', 0x00, 0x01, 0xFF, 0xD9];

    /// <summary>A Windows executable: what a renamed <c>.exe</c> really contains.</summary>
    public static byte[] Exe() => [(byte)'M', (byte)'Z', 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00];

    public static MultipartFormDataContent Form(string fileName, string contentType, byte[] content, string field = "file")
    {
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        return new MultipartFormDataContent { { file, field, fileName } };
    }

    public static Task<HttpResponseMessage> SendAsync(HttpClient client, string fileName, string contentType, byte[] content) =>
        client.PostAsync("/api/attachments", Form(fileName, contentType, content));

    /// <summary>Uploads a file that must be accepted; returns the answer (id, name, size, sha256, contentType).</summary>
    public static async Task<JsonElement> OkAsync(HttpClient client, string fileName, string contentType, byte[] content)
    {
        var response = await SendAsync(client, fileName, contentType, content);
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static async Task<string> IdAsync(HttpClient client, string fileName = "户口簿.pdf") =>
        (await OkAsync(client, fileName, "application/pdf", Pdf(fileName))).GetProperty("id").GetString()!;

    /// <summary>The rural-housing form with uploaded files in its three file fields.</summary>
    public static Dictionary<string, string?> FormWith(string idCopies, string householdRegister, string sitePlan)
    {
        var form = RuralHousingForm.Valid();
        form["id_copies"] = idCopies;
        form["household_register"] = householdRegister;
        form["site_plan"] = sitePlan;
        return form;
    }

    /// <summary>The field names of a validation problem's errors.</summary>
    public static async Task<IReadOnlyList<string>> ErrorFieldsAsync(HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        return problem.TryGetProperty("errors", out var errors) ? errors.EnumerateObject().Select(e => e.Name).ToList() : [];
    }
}
