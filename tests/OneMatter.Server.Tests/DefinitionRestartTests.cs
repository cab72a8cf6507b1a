using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using OneMatter.Server.Tests.Support;

namespace OneMatter.Server.Tests;

/// <summary>
/// A restart on the same database: a matter started on a version published through the API still
/// advances (every stored version is loaded at start, not only the files), the unchanged file
/// does not become yet another version, and drafts and retirement are kept.
/// </summary>
public sealed class DefinitionRestartTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "onematter-restart-" + Guid.NewGuid().ToString("N"));

    public DefinitionRestartTests() => Directory.CreateDirectory(_folder);

    [Fact]
    public async Task AMatterOnAnApiPublishedVersion_AdvancesAfterARestart()
    {
        string receipt;
        await using (var first = new PersistentServer(_folder))
        {
            var designer = await first.SignedInAsync("designer");
            await DesignerApi.SaveDraftAsync(designer, "rural-housing", DesignerApi.RuralHousingV2());
            Assert.Equal(2, await DesignerApi.PublishAsync(designer, "rural-housing"));
            receipt = await DesignerApi.ApplyAsync(await first.SignedInAsync("zhangsan"));
            Assert.Equal(2, await DesignerApi.VersionOfAsync(await first.SignedInAsync("zhangsan"), receipt));
            // Left for after the restart: a draft of the next change, and a retired matter.
            await DesignerApi.SaveDraftAsync(designer, "rural-housing", DesignerApi.RuralHousing());
            Assert.Equal(HttpStatusCode.OK, (await designer.PostAsync("/api/definitions/market-day/retire", null)).StatusCode);
        }

        await using var second = new PersistentServer(_folder);
        var window = await second.SignedInAsync("officer.baishi-service");
        await DesignerApi.AcceptAsync(window, receipt);
        var applicant = await second.SignedInAsync("zhangsan");
        var status = await applicant.GetFromJsonAsync<JsonElement>($"/api/matters/{receipt}");
        Assert.Equal(2, status.GetProperty("definitionVersion").GetInt32());
        Assert.Contains(status.GetProperty("steps").EnumerateArray(), s => s.GetProperty("node").GetString() == "accept");

        // Version 2 still serves new applications; the unchanged file was not stored again.
        Assert.Equal(2, await DesignerApi.VersionOfAsync(applicant, await DesignerApi.ApplyAsync(applicant)));
        var designer2 = await second.SignedInAsync("designer");
        var versions = await designer2.GetFromJsonAsync<JsonElement>("/api/definitions/rural-housing/versions");
        Assert.Equal([1, 2], versions.EnumerateArray().Select(v => v.GetProperty("version").GetInt32()));
        var draft = await designer2.GetFromJsonAsync<JsonElement>("/api/definitions/rural-housing/draft");
        Assert.Equal(DesignerApi.RuralHousing(), draft.GetProperty("yaml").GetString());
        var offers = await second.CreateClient().GetFromJsonAsync<JsonElement>("/api/matters/");
        Assert.DoesNotContain(offers.EnumerateArray(), o => o.GetProperty("id").GetString() == "market-day");
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a finishing background job; the temp folder is cleaned later.
        }
    }
}
