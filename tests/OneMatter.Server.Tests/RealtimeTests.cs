using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.Http.Connections.Client;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using OneMatter.Server.Realtime;
using OneMatter.Server.Tests.Support;

namespace OneMatter.Server.Tests;

/// <summary>The real-time hub in-process, over real SignalR connections (long polling through
/// the test server): who is pushed what when a matter moves on, and who is refused.</summary>
public sealed class RealtimeTests : IClassFixture<ServerFixture>
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(15);
    private readonly ServerFixture _server;

    public RealtimeTests(ServerFixture server) => _server = server;

    [Fact]
    public async Task CompletingAccept_PushesTheHandoffToTheNextUnit_AndTheChangeToItsApplicant_ButNotToOthers()
    {
        var applicant = await _server.SignedInAsync("zhangsan");
        var window = await _server.SignedInAsync("officer.baishi-service");
        // Each way of signing in a browser or app uses: token in the query (WebSockets in a
        // browser), token in the header, the cookie.
        await using var housing = await ConnectAsync(query: await TokenAsync("officer.cs-housing"));
        await using var uninvolved = await ConnectAsync(header: await TokenAsync("officer.baishi-gov"));
        await using var owner = await ConnectAsync(cookie: await CookieAsync("zhangsan"));
        await using var other = await ConnectAsync(header: await TokenAsync("lisi"));

        var receipt = await ApplyAsync(applicant);
        var inbox = await window.GetFromJsonAsync<JsonElement>("/api/tasks?filter=pending");
        var accept = inbox.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("instanceId").GetString() == receipt);
        var done = await window.PostAsJsonAsync($"/api/tasks/{receipt}/{accept.GetProperty("taskId").GetString()}/complete",
            new { outcome = "accept", fields = new { opinion = "材料齐全" } });
        Assert.Equal(HttpStatusCode.OK, done.StatusCode);

        // The housing bureau's workbench is told of its new task, naming the matter and the task
        // that is now in its inbox.
        var handoff = await housing.WaitForAsync("notification",
            m => m.GetProperty("instanceId").GetString() == receipt && m.GetProperty("kind").GetString() == "handoff", Timeout);
        Assert.Equal("unit", handoff.GetProperty("recipient").GetString());
        Assert.Equal("cs-housing", handoff.GetProperty("unit").GetString());
        Assert.Equal("rural-housing", handoff.GetProperty("definitionId").GetString());
        Assert.False(string.IsNullOrEmpty(handoff.GetProperty("node").GetString()));
        var housingInbox = await (await _server.SignedInAsync("officer.cs-housing")).GetFromJsonAsync<JsonElement>("/api/tasks");
        var housingTask = housingInbox.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("instanceId").GetString() == receipt);
        Assert.Equal(housingTask.GetProperty("taskId").GetString(), handoff.GetProperty("taskId").GetString());
        Assert.Equal(housingTask.GetProperty("node").GetString(), handoff.GetProperty("node").GetString());

        // The applicant's status page learns that the matter moved on and who holds it now.
        var changed = await owner.WaitForAsync("matterChanged",
            m => m.GetProperty("instanceId").GetString() == receipt && m.GetProperty("holding").GetArrayLength() == 4, Timeout);
        Assert.Equal("Running", changed.GetProperty("status").GetString());
        Assert.Equal(["baishi-baishi-committee", "cs-agriculture", "cs-housing", "cs-natural-resources"],
            changed.GetProperty("holding").EnumerateArray().Select(h => h.GetString()!).ToArray());

        // A unit taking no part and another applicant are told nothing of it. Messages reach a
        // connection in the order they were sent, so once a marker sent after the matter's
        // messages has arrived, anything wrongly addressed to them would have arrived first.
        var hub = _server.Services.GetRequiredService<IHubContext<RealtimeHub>>();
        await hub.Clients.Group(RealtimeGroups.Unit("baishi-gov")).SendAsync("notification", new { instanceId = "marker" });
        await hub.Clients.Group(RealtimeGroups.Applicant("lisi")).SendAsync("notification", new { instanceId = "marker" });
        await uninvolved.WaitForAsync("notification", m => m.GetProperty("instanceId").GetString() == "marker", Timeout);
        await other.WaitForAsync("notification", m => m.GetProperty("instanceId").GetString() == "marker", Timeout);
        Assert.DoesNotContain(uninvolved.Received, r => r.Message.GetProperty("instanceId").GetString() == receipt);
        Assert.DoesNotContain(other.Received, r => r.Message.GetProperty("instanceId").GetString() == receipt);
        // The applicant hears of the change, not of the units' handoffs.
        Assert.DoesNotContain(owner.Received, r => r.Method == "notification");
    }

    [Fact]
    public async Task Supervision_ReachesTheHoldingUnitAndTheCommandCentreCoveringTheMatter()
    {
        var applicant = await _server.SignedInAsync("zhangsan");
        var supervisorClient = await _server.SignedInAsync("supervisor");
        await using var commandCentre = await ConnectAsync(header: await TokenAsync("supervisor"));
        await using var window = await ConnectAsync(header: await TokenAsync("officer.baishi-service"));

        var receipt = await ApplyAsync(applicant);
        var windowClient = await _server.SignedInAsync("officer.baishi-service");
        var inbox = await windowClient.GetFromJsonAsync<JsonElement>("/api/tasks?filter=pending");
        var accept = inbox.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("instanceId").GetString() == receipt);
        var taskId = accept.GetProperty("taskId").GetString();
        var supervised = await supervisorClient.PostAsJsonAsync($"/api/supervision/tasks/{receipt}/{taskId}/supervise", new { message = "请加快办理" });
        Assert.Equal(HttpStatusCode.OK, supervised.StatusCode);

        // 督办 is for the unit holding the task and for the command centre whose jurisdiction
        // (here the whole county) covers the matter, as warnings and overdue items are.
        bool Match(JsonElement m) => m.GetProperty("instanceId").GetString() == receipt && m.GetProperty("kind").GetString() == "supervision"
            && m.GetProperty("taskId").GetString() == taskId;
        var told = await window.WaitForAsync("notification", Match, Timeout);
        Assert.Equal("baishi-service", told.GetProperty("unit").GetString());
        var centre = await commandCentre.WaitForAsync("notification", Match, Timeout);
        Assert.Equal("baishi-service", centre.GetProperty("unit").GetString());
        Assert.Contains("请加快办理", centre.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hub_RefusesAnonymousConnections_AndRolesWithNothingToReceive()
    {
        var anonymous = await Assert.ThrowsAsync<HttpRequestException>(() => ConnectAsync());
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        var badToken = await Assert.ThrowsAsync<HttpRequestException>(() => ConnectAsync(query: "not-a-token"));
        Assert.Equal(HttpStatusCode.Unauthorized, badToken.StatusCode);

        // A designer is signed in but has no unit, matters or jurisdiction to hear about: the
        // server closes the connection as soon as it is made.
        var connection = Build(header: await TokenAsync("designer"));
        var closed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        connection.Closed += _ => { closed.TrySetResult(); return Task.CompletedTask; };
        try
        {
            await connection.StartAsync();
            await closed.Task.WaitAsync(Timeout);
        }
        catch (Exception ex) when (ex is HttpRequestException or InvalidOperationException or IOException)
        {
            // refused while starting: as good as closed
        }
        Assert.Equal(HubConnectionState.Disconnected, connection.State);
        await connection.DisposeAsync();
    }

    private async Task<HubListener> ConnectAsync(string? query = null, string? header = null, string? cookie = null) =>
        await HubListener.ConnectAsync(HubUri(query), options => Configure(options, header, cookie));

    private HubConnection Build(string? query = null, string? header = null, string? cookie = null) =>
        new HubConnectionBuilder().WithUrl(HubUri(query), options => Configure(options, header, cookie)).Build();

    private Uri HubUri(string? queryToken)
    {
        _ = _server.Server; // starts the server if no client did yet
        var path = RealtimeHub.Path.TrimStart('/') + (queryToken is null ? "" : "?access_token=" + Uri.EscapeDataString(queryToken));
        return new Uri(_server.Server.BaseAddress, path);
    }

    private void Configure(HttpConnectionOptions options, string? header, string? cookie)
    {
        // The test server speaks HTTP through a handler, not sockets: long polling.
        options.HttpMessageHandlerFactory = _ => _server.Server.CreateHandler();
        options.Transports = HttpTransportType.LongPolling;
        if (header is not null)
        {
            options.AccessTokenProvider = () => Task.FromResult<string?>(header);
        }
        if (cookie is not null)
        {
            options.Headers["Cookie"] = cookie;
        }
    }

    private async Task<string> TokenAsync(string user)
    {
        var client = await _server.SignedInAsync(user);
        return client.DefaultRequestHeaders.Authorization!.Parameter!;
    }

    /// <summary>Signs in with a cookie, as the web app does, and returns the cookie header value.</summary>
    private async Task<string> CookieAsync(string user)
    {
        var client = _server.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false });
        var response = await client.PostAsJsonAsync("/api/account/sign-in", new { userName = user, password = ServerFixture.Password, useCookies = true });
        response.EnsureSuccessStatusCode();
        return response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("onematter=", StringComparison.Ordinal)).Split(';')[0];
    }

    private static async Task<string> ApplyAsync(HttpClient applicant)
    {
        var response = await applicant.PostAsJsonAsync("/api/matters/rural-housing/applications", new { form = RuralHousingForm.Valid() });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("receiptNumber").GetString()!;
    }
}
