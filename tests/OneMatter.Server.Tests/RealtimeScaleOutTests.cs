using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.Data.Sqlite;
using OneMatter.Server.Realtime;
using OneMatter.Server.Tests.Support;
using Xunit.Abstractions;

namespace OneMatter.Server.Tests;

/// <summary>
/// Two server processes on one database and one private redis-server: a workbench connected
/// (over a real WebSocket, token in the query as a browser sends it) to node B is told of a
/// handoff completed through node A. Node A's outbox performs the notification (node B's
/// writer commits nothing, so its outbox is not woken), so the message can only reach node B's
/// connection through the Redis backplane.
/// </summary>
public sealed class RealtimeScaleOutTests
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);
    private readonly ITestOutputHelper _output;

    public RealtimeScaleOutTests(ITestOutputHelper output) => _output = output;

    [RequiresRedisFact]
    public async Task HandoffCompletedThroughNodeA_ReachesTheWorkbenchConnectedToNodeB()
    {
        var folder = Path.Combine(Path.GetTempPath(), "onematter-scaleout-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var database = Path.Combine(folder, "onematter.db");
        var clock = System.Diagnostics.Stopwatch.StartNew();
        void Step(string what) => _output.WriteLine($"{clock.Elapsed.TotalSeconds,6:F1} s  {what}");
        try
        {
            await using var redis = await RedisServer.StartAsync(TimeSpan.FromSeconds(10));
            Step("redis-server answers");
            // Node A first: only the first node on a new database seeds the demo accounts.
            await using var nodeA = await ServerProcess.StartAsync(database, "node-a", redis.ConnectionString, StartTimeout);
            Step("node A healthy");
            await using var nodeB = await ServerProcess.StartAsync(database, "node-b", redis.ConnectionString, StartTimeout);
            Step("node B healthy");

            var token = await nodeB.TokenAsync("officer.cs-housing");
            var hub = new Uri(nodeB.Address, RealtimeHub.Path.TrimStart('/') + "?access_token=" + Uri.EscapeDataString(token));
            await using var workbench = await HubListener.ConnectAsync(hub, options => options.Transports = HttpTransportType.WebSockets);

            using var applicant = await nodeA.SignedInAsync("zhangsan");
            var applied = await applicant.PostAsJsonAsync("/api/matters/rural-housing/applications", new { form = RuralHousingForm.Valid() });
            Assert.Equal(HttpStatusCode.Created, applied.StatusCode);
            var receipt = (await applied.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("receiptNumber").GetString();

            using var window = await nodeA.SignedInAsync("officer.baishi-service");
            var inbox = await window.GetFromJsonAsync<JsonElement>("/api/tasks?filter=pending");
            var accept = inbox.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("instanceId").GetString() == receipt);
            var done = await window.PostAsJsonAsync($"/api/tasks/{receipt}/{accept.GetProperty("taskId").GetString()}/complete",
                new { outcome = "accept", fields = new { opinion = "材料齐全" } });
            Assert.Equal(HttpStatusCode.OK, done.StatusCode);
            Step("accept completed through node A");

            JsonElement handoff;
            try
            {
                handoff = await workbench.WaitForAsync("notification",
                    m => m.GetProperty("instanceId").GetString() == receipt && m.GetProperty("kind").GetString() == "handoff", Timeout);
            }
            catch (TimeoutException ex)
            {
                throw new TimeoutException($"{ex.Message}{Environment.NewLine}node A:{Environment.NewLine}{nodeA.Output}{Environment.NewLine}node B:{Environment.NewLine}{nodeB.Output}", ex);
            }
            Step("handoff received on node B");
            Assert.Equal("cs-housing", handoff.GetProperty("unit").GetString());
            Assert.False(string.IsNullOrEmpty(handoff.GetProperty("taskId").GetString()));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // a file still held by a process being reaped; the temp folder is cleaned later
            }
        }
    }
}
