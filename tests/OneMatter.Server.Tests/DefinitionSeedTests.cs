using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using OneMatter.Server.Tests.Support;

namespace OneMatter.Server.Tests;

/// <summary>
/// The <c>workflows/</c> files seed the stored versions at start: a changed file becomes the next
/// version, an unchanged one is not stored again, and an unchanged file does not undo a version
/// published through the API since.
/// </summary>
public sealed class DefinitionSeedTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "onematter-seed-" + Guid.NewGuid().ToString("N"));
    private readonly string _workflows;

    public DefinitionSeedTests()
    {
        _workflows = Path.Combine(_folder, "workflows");
        Copy(Path.Combine(Repo.Root, "workflows"), _workflows);
    }

    [Fact]
    public async Task AChangedFile_BecomesTheNextVersion_AnUnchangedOneIsNotStoredAgain()
    {
        await using (var first = new PersistentServer(_folder, _workflows))
        {
            Assert.Equal([1], await VersionsAsync(first));
        }

        var file = Path.Combine(_workflows, "rural-housing.yaml");
        await File.WriteAllTextAsync(file, DesignerApi.RuralHousingV2());
        await using (var second = new PersistentServer(_folder, _workflows))
        {
            Assert.Equal([1, 2], await VersionsAsync(second));
            var offers = await second.CreateClient().GetFromJsonAsync<JsonElement>("/api/matters/");
            Assert.Equal(2, offers.EnumerateArray().Single(o => o.GetProperty("id").GetString() == "rural-housing").GetProperty("version").GetInt32());

            // A designer publishes version 3 through the API; the file stays as it is.
            var designer = await second.SignedInAsync("designer");
            await DesignerApi.SaveDraftAsync(designer, "rural-housing", DesignerApi.RuralHousing());
            Assert.Equal(3, await DesignerApi.PublishAsync(designer, "rural-housing"));
        }

        await using var third = new PersistentServer(_folder, _workflows);
        Assert.Equal([1, 2, 3], await VersionsAsync(third));
        var latest = await (await third.SignedInAsync("designer")).GetFromJsonAsync<JsonElement>("/api/definitions/rural-housing");
        Assert.Equal(3, latest.GetProperty("version").GetInt32());
        Assert.Equal("designer", latest.GetProperty("publishedBy").GetString());
    }

    private static async Task<List<int>> VersionsAsync(PersistentServer server)
    {
        var designer = await server.SignedInAsync("designer");
        var versions = await designer.GetFromJsonAsync<JsonElement>("/api/definitions/rural-housing/versions");
        return versions.EnumerateArray().Select(v => v.GetProperty("version").GetInt32()).ToList();
    }

    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var path in Directory.GetFiles(from))
        {
            File.Copy(path, Path.Combine(to, Path.GetFileName(path)));
        }
        foreach (var directory in Directory.GetDirectories(from))
        {
            Copy(directory, Path.Combine(to, Path.GetFileName(directory)));
        }
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
