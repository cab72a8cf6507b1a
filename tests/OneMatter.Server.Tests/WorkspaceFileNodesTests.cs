using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using OneMatter.Server.Tests.Support;

namespace OneMatter.Server.Tests;

/// <summary>Two server nodes on one database: an edit saved on one is served by the other within
/// a few seconds (it polls the newest stored versions), without a restart.</summary>
public sealed class WorkspaceFileNodesTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "onematter-wsnodes-" + Guid.NewGuid().ToString("N"));

    public WorkspaceFileNodesTests() => Directory.CreateDirectory(_folder);

    [Fact]
    public async Task AnEditOnOneNode_IsServedByTheOther_WithinAFewSeconds()
    {
        var clock = new AdjustableClock();
        await using var a = new ClockedPersistentServer(_folder, clock, "node-a");
        var admin = await a.SignedInAsync("admin");
        await using var b = new ClockedPersistentServer(_folder, clock, "node-b");
        var officer = await b.SignedInAsync("officer.cs-housing");
        Assert.False((await WorkspaceFilesApi.YearAsync(officer, 2027)).GetProperty("hasData").GetBoolean());

        await WorkspaceFilesApi.SaveAsync(admin, WorkspaceFilesApi.Calendar, WorkspaceFilesApi.CalendarWith2027(), 0);

        var watch = Stopwatch.StartNew();
        while (!(await WorkspaceFilesApi.YearAsync(officer, 2027)).GetProperty("hasData").GetBoolean())
        {
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), "node b still serves the shipped calendar after 20 s");
            await Task.Delay(250);
        }
        var holidays = (await WorkspaceFilesApi.YearAsync(officer, 2027)).GetProperty("holidays").GetArrayLength();
        Assert.Equal(2, holidays);
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
