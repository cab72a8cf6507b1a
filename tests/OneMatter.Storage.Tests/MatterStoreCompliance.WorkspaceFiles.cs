using System.Security.Cryptography;
using System.Text;
using OneMatter.Engine.Persistence;
using OneMatter.Storage.Tests.Support;

namespace OneMatter.Storage.Tests;

/// <summary>Versions of admin-edited workspace files (org directory, calendars): numbered per
/// path, immutable, compare-and-set on the version an edit started from.</summary>
public abstract partial class MatterStoreCompliance
{
    private const string CalendarPath = "calendars/cn-mainland.yaml";
    private const string OrgPath = "org/changshan.yaml";

    private IWorkspaceFileStore WorkspaceFiles => (IWorkspaceFileStore)Store;

    [StoreFact]
    public async Task WorkspaceFile_Versions_NumberedPerPath_WithWhoWhenAndHash()
    {
        Assert.Empty(await WorkspaceFiles.NewestWorkspaceFilesAsync());
        Assert.Empty(await WorkspaceFiles.WorkspaceFileVersionsAsync(CalendarPath));

        var at = Time.GetUtcNow();
        var first = await WorkspaceFiles.SaveWorkspaceFileAsync(CalendarPath, "id: cn-mainland # 2027 added\n", 0, "admin", at);
        var second = await WorkspaceFiles.SaveWorkspaceFileAsync(CalendarPath, "id: cn-mainland # 2028 added\n", 1, "admin2", at.AddDays(1));
        var org = await WorkspaceFiles.SaveWorkspaceFileAsync(OrgPath, "units: []\n", 0, "admin", at);

        Assert.Equal((1, 2, 1), (first.Version, second.Version, org.Version));
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("id: cn-mainland # 2028 added\n"))), second.Sha256);
        Assert.Equal(("admin2", at.AddDays(1)), (second.SavedBy, second.SavedAt));

        var versions = await WorkspaceFiles.WorkspaceFileVersionsAsync(CalendarPath);
        Assert.Equal([first, second], versions);
        var newest = await WorkspaceFiles.NewestWorkspaceFilesAsync();
        Assert.Equal([second, org], newest);
    }

    [StoreFact]
    public async Task WorkspaceFile_StaleBaseVersion_IsAConflict_AndWritesNothing()
    {
        await WorkspaceFiles.SaveWorkspaceFileAsync(CalendarPath, "a\n", 0, "admin", Time.GetUtcNow());
        await WorkspaceFiles.SaveWorkspaceFileAsync(CalendarPath, "b\n", 1, "admin", Time.GetUtcNow());

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() =>
            WorkspaceFiles.SaveWorkspaceFileAsync(CalendarPath, "edited from v1\n", 1, "late", Time.GetUtcNow()));
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() =>
            WorkspaceFiles.SaveWorkspaceFileAsync(CalendarPath, "from the future\n", 7, "odd", Time.GetUtcNow()));

        Assert.Equal(["a\n", "b\n"], (await WorkspaceFiles.WorkspaceFileVersionsAsync(CalendarPath)).Select(v => v.Yaml));
    }

    [StoreFact]
    public async Task WorkspaceFile_TwoRacingSaves_OneWins_TheOtherConflicts_NothingLost()
    {
        for (var round = 0; round < 5; round++)
        {
            var path = $"calendars/race-{round}.yaml";
            using var start = new ManualResetEventSlim();
            var saves = new[] { "left\n", "right\n" }.Select(text => Task.Run(async () =>
            {
                start.Wait();
                try
                {
                    return (Text: text, Saved: await WorkspaceFiles.SaveWorkspaceFileAsync(path, text, 0, text.Trim(), Time.GetUtcNow()));
                }
                catch (ConcurrencyConflictException)
                {
                    return (Text: text, Saved: (StoredWorkspaceFile?)null);
                }
            })).ToList();
            start.Set();
            var outcomes = await Task.WhenAll(saves);

            var winner = Assert.Single(outcomes, o => o.Saved is not null);
            Assert.Equal(1, winner.Saved!.Version);
            var stored = Assert.Single(await WorkspaceFiles.WorkspaceFileVersionsAsync(path));
            Assert.Equal(winner.Text, stored.Yaml);
        }
    }

    [StoreFact]
    public async Task WorkspaceFile_RacingSaves_ThatRetryOnConflict_GetConsecutiveVersions()
    {
        async Task<StoredWorkspaceFile> SaveWithRetry(string text)
        {
            while (true)
            {
                var versions = await WorkspaceFiles.WorkspaceFileVersionsAsync(CalendarPath);
                try
                {
                    return await WorkspaceFiles.SaveWorkspaceFileAsync(CalendarPath, text, versions.Count == 0 ? 0 : versions[^1].Version, "admin",
                        Time.GetUtcNow());
                }
                catch (ConcurrencyConflictException)
                {
                    // Someone saved first: read their version and save on top of it.
                }
            }
        }

        var saved = await Task.WhenAll(Task.Run(() => SaveWithRetry("one\n")), Task.Run(() => SaveWithRetry("two\n")));

        Assert.Equal([1, 2], saved.Select(s => s.Version).Order());
        var versions = await WorkspaceFiles.WorkspaceFileVersionsAsync(CalendarPath);
        Assert.Equal(["one\n", "two\n"], versions.Select(v => v.Yaml).Order(StringComparer.Ordinal));
        Assert.Equal([1, 2], versions.Select(v => v.Version));
    }
}
