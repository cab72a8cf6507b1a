using System.Net;
using System.Net.Http.Json;
using OneMatter.Server.Tests.Support;

namespace OneMatter.Server.Tests;

/// <summary>The upload limits come from configuration (<c>OneMatter:Attachments</c>).</summary>
public sealed class AttachmentSettingsTests : IClassFixture<StrictUploadsServer>
{
    private readonly StrictUploadsServer _server;

    public AttachmentSettingsTests(StrictUploadsServer server) => _server = server;

    [Fact]
    public async Task ConfiguredSizeAndTypes_AreEnforced_AndRequireUploads_RefusesPlainTextInFileFields()
    {
        var applicant = await _server.SignedInAsync("zhangsan");

        var jpeg = await Uploads.SendAsync(applicant, "photo.jpg", "image/jpeg", Uploads.Jpeg());
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, jpeg.StatusCode);
        var large = new byte[StrictUploadsServer.MaxBytes + 1];
        "%PDF-1.7\n"u8.CopyTo(large);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, (await Uploads.SendAsync(applicant, "big.pdf", "application/pdf", large)).StatusCode);

        // File names instead of uploads: refused by field.
        var plain = await applicant.PostAsJsonAsync("/api/matters/rural-housing/applications", new { form = RuralHousingForm.Valid() });
        Assert.Equal(HttpStatusCode.BadRequest, plain.StatusCode);
        Assert.Equal(["household_register", "id_copies", "site_plan"], (await Uploads.ErrorFieldsAsync(plain)).Order(StringComparer.Ordinal));

        var form = Uploads.FormWith(await Uploads.IdAsync(applicant), await Uploads.IdAsync(applicant), await Uploads.IdAsync(applicant));
        Assert.Equal(HttpStatusCode.Created, (await applicant.PostAsJsonAsync("/api/matters/rural-housing/applications", new { form })).StatusCode);
    }
}
