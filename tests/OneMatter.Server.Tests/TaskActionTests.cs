using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using OneMatter.Server.Tests.Support;

namespace OneMatter.Server.Tests;

/// <summary>The officer's task actions beside claim/release/complete through the real API: task
/// detail, 退回, 转办, 委派 and its resolution, 加签 / 减签, comments; each change in the event log
/// under the officer's account and unit, and the access rule on every action.</summary>
public sealed class TaskActionTests : IClassFixture<ServerFixture>
{
    private readonly ServerFixture _server;

    public TaskActionTests(ServerFixture server) => _server = server;

    [Fact]
    public async Task Detail_ShowsTheMattersForm_TheNodesOutcomesAndFields_TheActionsAllowedNow_AndTheHistory()
    {
        var receipt = await Workbench.ApplyAsync(await SignedInClients.AsAsync(_server, "zhangsan"));
        var window = await SignedInClients.AsAsync(_server, "officer.baishi-service");
        var taskId = await Workbench.TaskAsync(window, receipt, "accept");

        var detail = await Workbench.DetailAsync(window, receipt, taskId);

        Assert.True(detail.GetProperty("open").GetBoolean());
        Assert.Equal("申请受理", detail.GetProperty("nodeName").GetString());
        Assert.Equal("农民建房", detail.GetProperty("matterName").GetString());
        Assert.Equal("Rural housing construction", detail.GetProperty("matterNameEn").GetString());
        Assert.Equal("Acceptance at the township window", detail.GetProperty("nodeNameEn").GetString());
        Assert.Equal("cs-agriculture", detail.GetProperty("leadUnit").GetString());
        var form = detail.GetProperty("form").EnumerateArray().ToDictionary(f => f.GetProperty("id").GetString()!);
        Assert.Equal("张三", form["applicant_name"].GetProperty("value").GetString());
        Assert.Equal("申请人", form["applicant_name"].GetProperty("label").GetString());
        // A choice field carries its choices, to name the value in either language; other fields none.
        Assert.Equal("new", form["build_type"].GetProperty("value").GetString());
        var choices = form["build_type"].GetProperty("options").EnumerateArray()
            .Select(o => (o.GetProperty("value").GetString(), o.GetProperty("label").GetString(), o.GetProperty("labelEn").GetString())).ToList();
        Assert.Equal([("new", "新建", "New house"), ("rebuild", "原址翻建", "Rebuild on the same plot"), ("extend", "改扩建", "Extension")], choices);
        Assert.Equal(JsonValueKind.Null, form["applicant_name"].GetProperty("options").ValueKind);
        var outcomes = detail.GetProperty("outcomes").EnumerateArray().ToDictionary(o => o.GetProperty("id").GetString()!);
        Assert.Equal(["accept", "correct", "refuse"], outcomes.Keys.Order());
        Assert.Equal("受理", outcomes["accept"].GetProperty("label").GetString());
        Assert.Equal(["opinion"], outcomes["accept"].GetProperty("requiredFields").EnumerateArray().Select(f => f.GetString()));
        Assert.Contains(detail.GetProperty("fields").EnumerateArray(), f => f.GetProperty("id").GetString() == "opinion" && f.GetProperty("required").GetBoolean());
        var items = detail.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal("baishi-service", Assert.Single(items).GetProperty("unit").GetString());
        Assert.Equal(items[0].GetProperty("workItemId").GetString(), detail.GetProperty("myWorkItem").GetString());
        Assert.NotNull(detail.GetProperty("due").GetString());

        var actions = detail.GetProperty("actions");
        Assert.True(actions.GetProperty("claim").GetBoolean());
        Assert.False(actions.GetProperty("release").GetBoolean()); // nothing claimed yet
        Assert.True(actions.GetProperty("complete").GetBoolean());
        Assert.True(actions.GetProperty("transfer").GetBoolean());
        Assert.False(actions.GetProperty("resolve").GetBoolean()); // nothing delegated to the window
        Assert.False(actions.GetProperty("return").GetBoolean()); // the first step has nowhere to go back to
        Assert.Empty(actions.GetProperty("removableSigners").EnumerateArray()); // the only signer cannot be removed

        Assert.Single(Workbench.History(detail, "matter-started"));
        var created = Assert.Single(Workbench.History(detail, "task-created"));
        Assert.Equal(taskId, created.GetProperty("task").GetString());
        Assert.Equal("accept", created.GetProperty("node").GetString());
        Assert.Equal("申请受理", created.GetProperty("nodeName").GetString());
        Assert.Equal("Acceptance at the township window", created.GetProperty("nodeNameEn").GetString());

        // Claiming changes what is allowed: now release is, and the claim is in the history under the officer.
        Assert.Equal(HttpStatusCode.OK, (await window.PostAsync($"/api/tasks/{receipt}/{taskId}/claim", null)).StatusCode);
        var claimed = await Workbench.DetailAsync(window, receipt, taskId);
        Assert.True(claimed.GetProperty("actions").GetProperty("release").GetBoolean());
        Assert.False(claimed.GetProperty("actions").GetProperty("claim").GetBoolean());
        var claim = Assert.Single(Workbench.History(claimed, "task-claimed"));
        Assert.Equal("officer.baishi-service", claim.GetProperty("actor").GetString());
        Assert.Equal("baishi-service", claim.GetProperty("unit").GetString());
        Assert.Equal("白石镇便民服务中心", claim.GetProperty("unitName").GetString());
    }

    [Fact]
    public async Task Return_WithoutATarget_GoesBackToThePreviousStep_WithdrawsTheParallelReviews_AndIsLoggedUnderTheOfficer()
    {
        var applicant = await SignedInClients.AsAsync(_server, "zhangsan");
        var receipt = await Workbench.ApplyAsync(applicant);
        var window = await SignedInClients.AsAsync(_server, "officer.baishi-service");
        await Workbench.AcceptAsync(window, receipt);
        var housing = await SignedInClients.AsAsync(_server, "officer.cs-housing");
        var taskId = await Workbench.TaskAsync(housing, receipt, "housing");
        var detail = await Workbench.DetailAsync(housing, receipt, taskId);
        Assert.Equal(["accept"], detail.GetProperty("actions").GetProperty("returnTargets").EnumerateArray().Select(t => t.GetString()));
        var accepted = Assert.Single(detail.GetProperty("steps").EnumerateArray(), s => s.GetProperty("node").GetString() == "accept");
        Assert.Equal(("申请受理", "Acceptance at the township window"), (accepted.GetProperty("name").GetString(), accepted.GetProperty("nameEn").GetString()));

        var back = await housing.PostAsJsonAsync($"/api/tasks/{receipt}/{taskId}/return", new { reason = "设计图与申请面积不符" });
        Assert.Equal(HttpStatusCode.OK, back.StatusCode);

        var status = await applicant.GetFromJsonAsync<JsonElement>($"/api/matters/{receipt}");
        var holder = Assert.Single(status.GetProperty("holding").EnumerateArray());
        Assert.Equal("accept", holder.GetProperty("node").GetString());
        Assert.Equal("baishi-service", holder.GetProperty("unit").GetString());
        var after = await Workbench.DetailAsync(housing, receipt, taskId);
        Assert.False(after.GetProperty("open").GetBoolean());
        var returned = Assert.Single(Workbench.History(after, "task-returned"));
        Assert.Equal("officer.cs-housing", returned.GetProperty("actor").GetString());
        Assert.Equal("cs-housing", returned.GetProperty("unit").GetString());
        Assert.Equal("accept", returned.GetProperty("target").GetString());
        Assert.Equal("设计图与申请面积不符", returned.GetProperty("text").GetString());
        // The window has the acceptance again.
        Assert.NotNull(await Workbench.TaskAsync(window, receipt, "accept"));
    }

    [Fact]
    public async Task Transfer_HandsTheWorkToAnotherUnit_WhoseInboxThenHasIt()
    {
        var receipt = await Workbench.ApplyAsync(await SignedInClients.AsAsync(_server, "zhangsan"));
        await Workbench.AcceptAsync(await SignedInClients.AsAsync(_server, "officer.baishi-service"), receipt);
        var land = await SignedInClients.AsAsync(_server, "officer.cs-natural-resources");
        var taskId = await Workbench.TaskAsync(land, receipt, "land");

        var moved = await land.PostAsJsonAsync($"/api/tasks/{receipt}/{taskId}/transfer", new { toUnit = "cs-agriculture", reason = "属宅基地审查范围" });
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);

        var agriculture = await SignedInClients.AsAsync(_server, "officer.cs-agriculture");
        Assert.Equal(taskId, await Workbench.TaskAsync(agriculture, receipt, "land"));
        var detail = await Workbench.DetailAsync(agriculture, receipt, taskId);
        Assert.Equal("cs-agriculture", Assert.Single(detail.GetProperty("items").EnumerateArray()).GetProperty("unit").GetString());
        var transferred = Assert.Single(Workbench.History(detail, "task-transferred"));
        Assert.Equal("officer.cs-natural-resources", transferred.GetProperty("actor").GetString());
        Assert.Equal("cs-natural-resources", transferred.GetProperty("unit").GetString());
        Assert.Equal("cs-agriculture", transferred.GetProperty("target").GetString());
        // The land bureau no longer holds it: completing it now is refused by the engine.
        var late = await land.PostAsJsonAsync($"/api/tasks/{receipt}/{taskId}/complete",
            new { outcome = "pass", fields = new { land_type = "construction", opinion = "x" } });
        Assert.True((int)late.StatusCode is >= 400 and < 500, late.StatusCode.ToString());
    }

    [Fact]
    public async Task Delegate_ThenTheDelegateResolves_AndTheOwnerCompletes_EachStepAttributed()
    {
        var receipt = await Workbench.ApplyAsync(await SignedInClients.AsAsync(_server, "zhangsan"));
        await Workbench.AcceptAsync(await SignedInClients.AsAsync(_server, "officer.baishi-service"), receipt);
        var housing = await SignedInClients.AsAsync(_server, "officer.cs-housing");
        var taskId = await Workbench.TaskAsync(housing, receipt, "housing");
        Assert.Equal(HttpStatusCode.OK, (await housing.PostAsync($"/api/tasks/{receipt}/{taskId}/claim", null)).StatusCode);

        var lent = await housing.PostAsJsonAsync($"/api/tasks/{receipt}/{taskId}/delegate", new { toUnit = "baishi-gov", note = "请镇政府核实房屋现状" });
        Assert.Equal(HttpStatusCode.OK, lent.StatusCode);
        var township = await SignedInClients.AsAsync(_server, "officer.baishi-gov");
        var asDelegate = await Workbench.DetailAsync(township, receipt, taskId);
        Assert.True(asDelegate.GetProperty("actions").GetProperty("resolve").GetBoolean());
        Assert.Equal("cs-housing", Assert.Single(asDelegate.GetProperty("items").EnumerateArray()).GetProperty("delegatedByUnit").GetString());

        var resolved = await township.PostAsJsonAsync($"/api/tasks/{receipt}/{taskId}/resolve", new { comment = "已核实, 原址无房" });
        Assert.Equal(HttpStatusCode.OK, resolved.StatusCode);
        var done = await housing.PostAsJsonAsync($"/api/tasks/{receipt}/{taskId}/complete", new { outcome = "pass", fields = new { opinion = "符合" } });
        Assert.Equal(HttpStatusCode.OK, done.StatusCode);

        var history = await Workbench.DetailAsync(housing, receipt, taskId);
        var delegated = Assert.Single(Workbench.History(history, "task-delegated"));
        Assert.Equal(("officer.cs-housing", "cs-housing", "baishi-gov"),
            (delegated.GetProperty("actor").GetString(), delegated.GetProperty("unit").GetString(), delegated.GetProperty("target").GetString()));
        var back = Assert.Single(Workbench.History(history, "delegation-resolved"));
        Assert.Equal(("officer.baishi-gov", "baishi-gov"), (back.GetProperty("actor").GetString(), back.GetProperty("unit").GetString()));
        var completed = Assert.Single(Workbench.History(history, "task-completed"), e => e.GetProperty("task").GetString() == taskId);
        Assert.Equal(("officer.cs-housing", "pass"), (completed.GetProperty("actor").GetString(), completed.GetProperty("outcome").GetString()));
        Assert.Contains(history.GetProperty("steps").EnumerateArray(), s => s.GetProperty("node").GetString() == "housing"
            && s.GetProperty("by").GetString() == "officer.cs-housing" && s.GetProperty("unit").GetString() == "cs-housing");
    }

    [Fact]
    public async Task AddSigner_ThenRemoveIt_AndComment_AreLoggedUnderTheOfficerAndUnit()
    {
        var receipt = await Workbench.ApplyAsync(await SignedInClients.AsAsync(_server, "zhangsan"));
        await Workbench.AcceptAsync(await SignedInClients.AsAsync(_server, "officer.baishi-service"), receipt);
        var housing = await SignedInClients.AsAsync(_server, "officer.cs-housing");
        var taskId = await Workbench.TaskAsync(housing, receipt, "housing");

        var added = await housing.PostAsJsonAsync($"/api/tasks/{receipt}/{taskId}/signers", new { unit = "baishi-gov" });
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        var detail = await Workbench.DetailAsync(housing, receipt, taskId);
        var signer = detail.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("unit").GetString() == "baishi-gov");
        var signerId = signer.GetProperty("workItemId").GetString()!;
        Assert.Contains(signerId, detail.GetProperty("actions").GetProperty("removableSigners").EnumerateArray().Select(s => s.GetString()));
        // The added unit sees the task in its inbox.
        var township = await SignedInClients.AsAsync(_server, "officer.baishi-gov");
        Assert.Equal(taskId, await Workbench.TaskAsync(township, receipt, "housing"));

        var removed = await housing.DeleteAsync($"/api/tasks/{receipt}/{taskId}/signers/{signerId}");
        Assert.Equal(HttpStatusCode.OK, removed.StatusCode);
        var comment = await housing.PostAsJsonAsync($"/api/tasks/{receipt}/{taskId}/comments", new { text = "已电话联系申请人", attachments = new[] { "call.txt" } });
        Assert.Equal(HttpStatusCode.OK, comment.StatusCode);

        var after = await Workbench.DetailAsync(housing, receipt, taskId);
        Assert.Single(after.GetProperty("items").EnumerateArray());
        foreach (var type in new[] { "signer-added", "signer-removed", "comment-added" })
        {
            var entry = Assert.Single(Workbench.History(after, type));
            Assert.Equal("officer.cs-housing", entry.GetProperty("actor").GetString());
            Assert.Equal("cs-housing", entry.GetProperty("unit").GetString());
            Assert.Equal(taskId, entry.GetProperty("task").GetString());
        }
        Assert.Equal("baishi-gov", Assert.Single(Workbench.History(after, "signer-added")).GetProperty("target").GetString());
        Assert.Equal("已电话联系申请人", Assert.Single(Workbench.History(after, "comment-added")).GetProperty("text").GetString());
    }

    [Fact]
    public async Task AnOfficerOfAUnitWithNoPartInTheMatter_GetsNotFound_OnEveryTaskAction_AndNothingChanges()
    {
        var applicant = await SignedInClients.AsAsync(_server, "zhangsan");
        var receipt = await Workbench.ApplyAsync(applicant);
        var taskId = await Workbench.TaskAsync(await SignedInClients.AsAsync(_server, "officer.baishi-service"), receipt, "accept");
        var before = await Workbench.VersionAsync(applicant, receipt);
        var stranger = await SignedInClients.AsAsync(_server, "officer.cs-housing");
        var path = $"/api/tasks/{receipt}/{taskId}";

        var answers = new List<(string What, HttpResponseMessage Response)>
        {
            ("detail", await stranger.GetAsync(path)),
            ("claim", await stranger.PostAsync($"{path}/claim", null)),
            ("release", await stranger.PostAsync($"{path}/release", null)),
            ("complete", await stranger.PostAsJsonAsync($"{path}/complete", new { outcome = "accept", fields = new { opinion = "x" } })),
            ("return", await stranger.PostAsJsonAsync($"{path}/return", new { toNode = "accept", reason = "x" })),
            ("transfer", await stranger.PostAsJsonAsync($"{path}/transfer", new { toUnit = "cs-housing" })),
            ("delegate", await stranger.PostAsJsonAsync($"{path}/delegate", new { toUnit = "cs-housing" })),
            ("resolve", await stranger.PostAsJsonAsync($"{path}/resolve", new { comment = "x" })),
            ("add signer", await stranger.PostAsJsonAsync($"{path}/signers", new { unit = "cs-housing" })),
            ("remove signer", await stranger.DeleteAsync($"{path}/signers/1")),
            ("comment", await stranger.PostAsJsonAsync($"{path}/comments", new { text = "x" })),
            ("skip", await stranger.PostAsJsonAsync($"{path}/skip", new { reason = "x" })),
        };

        foreach (var (what, response) in answers)
        {
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{what}: {response.StatusCode}");
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
        Assert.Equal(before, await Workbench.VersionAsync(applicant, receipt));
    }

    [Fact]
    public async Task BadInput_GetsProblems_AndChangesNothing()
    {
        var applicant = await SignedInClients.AsAsync(_server, "zhangsan");
        var receipt = await Workbench.ApplyAsync(applicant);
        var window = await SignedInClients.AsAsync(_server, "officer.baishi-service");
        var taskId = await Workbench.TaskAsync(window, receipt, "accept");
        var before = await Workbench.VersionAsync(applicant, receipt);
        var path = $"/api/tasks/{receipt}/{taskId}";

        var unknownTask = await window.PostAsJsonAsync($"/api/tasks/{receipt}/accept.999/transfer", new { toUnit = "cs-housing" });
        Assert.Equal(HttpStatusCode.NotFound, unknownTask.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await window.GetAsync($"/api/tasks/{receipt}/accept.999")).StatusCode);
        var unknownOutcome = await window.PostAsJsonAsync($"{path}/complete", new { outcome = "approve-everything", fields = new { opinion = "x" } });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, unknownOutcome.StatusCode);
        Assert.Equal("UnknownOutcome", (await unknownOutcome.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
        var noTarget = await window.PostAsJsonAsync($"{path}/transfer", new { reason = "x" });
        Assert.Equal(HttpStatusCode.BadRequest, noTarget.StatusCode);
        Assert.True((await noTarget.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("toUnit", out _));
        var unknownUnit = await window.PostAsJsonAsync($"{path}/transfer", new { toUnit = "no-such-unit" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, unknownUnit.StatusCode);
        var noDelegate = await window.PostAsJsonAsync($"{path}/delegate", new { note = "x" });
        Assert.Equal(HttpStatusCode.BadRequest, noDelegate.StatusCode);
        var noSigner = await window.PostAsJsonAsync($"{path}/signers", new { user = "x" });
        Assert.Equal(HttpStatusCode.BadRequest, noSigner.StatusCode);
        var emptyComment = await window.PostAsJsonAsync($"{path}/comments", new { text = "  " });
        Assert.Equal(HttpStatusCode.BadRequest, emptyComment.StatusCode);
        var noReason = await window.PostAsJsonAsync($"{path}/return", new { toNode = "accept" });
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        var unknownNode = await window.PostAsJsonAsync($"{path}/return", new { toNode = "no-such-node", reason = "x" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, unknownNode.StatusCode);
        var nothingBefore = await window.PostAsJsonAsync($"{path}/return", new { reason = "x" });
        Assert.Equal(HttpStatusCode.BadRequest, nothingBefore.StatusCode);
        var malformed = await window.PostAsync($"{path}/transfer", new StringContent("{\"toUnit\": ", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        var wrongType = await window.PostAsync($"{path}/comments", new StringContent("{\"text\": 42}", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, wrongType.StatusCode);
        var notASigner = await window.DeleteAsync($"{path}/signers/nobody");
        Assert.True((int)notASigner.StatusCode is >= 400 and < 500, notASigner.StatusCode.ToString());

        foreach (var response in new[] { unknownTask, unknownOutcome, noTarget, unknownUnit, noDelegate, noSigner, emptyComment, noReason, unknownNode, malformed, wrongType })
        {
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
        Assert.Equal(before, await Workbench.VersionAsync(applicant, receipt));
    }
}
