using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OneMatter.Server.Tests.Support;

namespace OneMatter.Server.Tests;

/// <summary>Files in an application and a correction (补正): checked as the applicant's own,
/// unused uploads, bound to the matter before the command is submitted and released when it is
/// rejected; once bound, the matter's reading rules decide who downloads them.</summary>
public sealed class AttachmentApplyTests : IClassFixture<ServerFixture>
{
    private readonly ServerFixture _server;

    public AttachmentApplyTests(ServerFixture server) => _server = server;

    private Task<HttpClient> As(string user) => SignedInClients.AsAsync(_server, user);

    private static async Task<HttpResponseMessage> ApplyAsync(HttpClient applicant, Dictionary<string, string?> form) =>
        await applicant.PostAsJsonAsync("/api/matters/rural-housing/applications", new { form });

    private static async Task<string> ReceiptAsync(HttpResponseMessage created)
    {
        Assert.True(created.StatusCode == HttpStatusCode.Created, $"{created.StatusCode}: {await created.Content.ReadAsStringAsync()}");
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("receiptNumber").GetString()!;
    }

    [Fact]
    public async Task AnApplicationWithUploadedFiles_BindsThem_AndItsStatusListsThem()
    {
        var applicant = await As("zhangsan");
        var ids = await Uploads.IdAsync(applicant, "身份证正面.pdf");
        var ids2 = await Uploads.IdAsync(applicant, "身份证反面.pdf");
        var hukou = await Uploads.IdAsync(applicant, "户口簿.pdf");
        var plan = await Uploads.IdAsync(applicant, "设计图.pdf");

        var created = await ApplyAsync(applicant, Uploads.FormWith($"{ids};{ids2}", hukou, plan));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var acknowledged = await created.Content.ReadFromJsonAsync<JsonElement>();
        var (receipt, queryCode) = (acknowledged.GetProperty("receiptNumber").GetString()!, acknowledged.GetProperty("queryCode").GetString());

        var status = await applicant.GetFromJsonAsync<JsonElement>($"/api/matters/{receipt}");
        var listed = status.GetProperty("attachments").EnumerateArray().ToList();
        Assert.Equal(new[] { "身份证正面.pdf", "身份证反面.pdf", "户口簿.pdf", "设计图.pdf" }.Order(), listed.Select(a => a.GetProperty("name").GetString()).Order());
        Assert.Equal(new[] { ids, ids2, hukou, plan }.Order(), listed.Select(a => a.GetProperty("id").GetString()).Order());
        Assert.All(listed, a =>
        {
            Assert.Equal("zhangsan", a.GetProperty("uploadedBy").GetString());
            Assert.Equal(64, a.GetProperty("sha256").GetString()!.Length);
            Assert.Equal(JsonValueKind.Null, a.GetProperty("taskId").ValueKind);
        });
        var list = await applicant.GetFromJsonAsync<JsonElement>($"/api/matters/{receipt}/attachments");
        Assert.Equal(4, list.GetArrayLength());
        // The public lookup by receipt number and query code does not list the files.
        var lookup = await _server.CreateClient().GetFromJsonAsync<JsonElement>($"/api/lookup?receipt={receipt}&code={queryCode}");
        Assert.Equal(0, lookup.GetProperty("attachments").GetArrayLength());

        // The window's task screen lists them, and the form holds their ids.
        var window = await As("officer.baishi-service");
        var detail = await Workbench.DetailAsync(window, receipt, await Workbench.TaskAsync(window, receipt, "accept"));
        Assert.Equal(4, detail.GetProperty("attachments").GetArrayLength());
        Assert.Equal(hukou, detail.GetProperty("form").EnumerateArray().Single(f => f.GetProperty("id").GetString() == "household_register")
            .GetProperty("value").GetString());
    }

    [Fact]
    public async Task Downloads_FollowTheUploaderWhileUnbound_AndTheMattersRulesOnceBound()
    {
        var applicant = await As("zhangsan");
        var other = await As("lisi");
        var window = await As("officer.baishi-service");
        var otherUnit = await As("officer.cs-housing");
        var supervisor = await As("supervisor");
        var hukou = await Uploads.IdAsync(applicant, "户口簿.pdf");

        // Unbound: the uploader's alone.
        Assert.Equal(HttpStatusCode.OK, (await applicant.GetAsync($"/api/attachments/{hukou}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/attachments/{hukou}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await window.GetAsync($"/api/attachments/{hukou}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await supervisor.GetAsync($"/api/attachments/{hukou}")).StatusCode);

        var receipt = await ReceiptAsync(await ApplyAsync(applicant, Uploads.FormWith(await Uploads.IdAsync(applicant), hukou, await Uploads.IdAsync(applicant))));

        // Bound: the applicant, the window holding the acceptance, the county supervisor; not another
        // applicant, nor a unit with no part in the matter yet.
        Assert.Equal(HttpStatusCode.OK, (await applicant.GetAsync($"/api/attachments/{hukou}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await window.GetAsync($"/api/attachments/{hukou}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await supervisor.GetAsync($"/api/attachments/{hukou}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/attachments/{hukou}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherUnit.GetAsync($"/api/attachments/{hukou}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/matters/{receipt}/attachments")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherUnit.GetAsync($"/api/matters/{receipt}/attachments")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await applicant.GetAsync("/api/attachments/att-AAAAAAAAAAAAAAAAAAAAAAAA")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await applicant.GetAsync("/api/attachments/..%2F..%2Fetc%2Fpasswd")).StatusCode);

        // Once the reviews open, the units taking part read the files too.
        await Workbench.AcceptAsync(window, receipt);
        Assert.Equal(HttpStatusCode.OK, (await otherUnit.GetAsync($"/api/attachments/{hukou}")).StatusCode);
    }

    [Fact]
    public async Task SomeoneElsesUpload_IsRefusedNamingTheField_AndStaysTheirs()
    {
        var applicant = await As("zhangsan");
        var other = await As("lisi");
        var theirs = await Uploads.IdAsync(other, "李四的户口簿.pdf");

        var refused = await ApplyAsync(applicant, Uploads.FormWith(await Uploads.IdAsync(applicant), theirs, await Uploads.IdAsync(applicant)));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(["household_register"], await Uploads.ErrorFieldsAsync(refused));
        // Still lisi's, unbound: lisi can apply with it.
        await ReceiptAsync(await ApplyAsync(other, Uploads.FormWith(await Uploads.IdAsync(other), theirs, await Uploads.IdAsync(other))));
    }

    [Fact]
    public async Task AFileAlreadyBoundToAMatter_CannotBeUsedAgain()
    {
        var applicant = await As("zhangsan");
        var hukou = await Uploads.IdAsync(applicant);
        await ReceiptAsync(await ApplyAsync(applicant, Uploads.FormWith(await Uploads.IdAsync(applicant), hukou, await Uploads.IdAsync(applicant))));

        var again = await ApplyAsync(applicant, Uploads.FormWith(hukou, await Uploads.IdAsync(applicant), await Uploads.IdAsync(applicant)));

        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Equal(["id_copies"], await Uploads.ErrorFieldsAsync(again));
    }

    [Fact]
    public async Task ARejectedApplication_LeavesItsUploadsUnbound_AndReusable()
    {
        var applicant = await As("zhangsan");
        var (ids, hukou, plan) = (await Uploads.IdAsync(applicant), await Uploads.IdAsync(applicant), await Uploads.IdAsync(applicant));
        var form = Uploads.FormWith(ids, hukou, plan);
        form["phone"] = "not a phone";

        var rejected = await ApplyAsync(applicant, form);
        Assert.InRange((int)rejected.StatusCode, 400, 499);
        Assert.Contains("phone", await Uploads.ErrorFieldsAsync(rejected));

        // The engine refused; the files are the applicant's again and serve the next attempt.
        var window = await As("officer.baishi-service");
        Assert.Equal(HttpStatusCode.NotFound, (await window.GetAsync($"/api/attachments/{hukou}")).StatusCode);
        var receipt = await ReceiptAsync(await ApplyAsync(applicant, Uploads.FormWith(ids, hukou, plan)));
        Assert.Equal(3, (await applicant.GetFromJsonAsync<JsonElement>($"/api/matters/{receipt}/attachments")).GetArrayLength());

    }

    [Fact]
    public async Task ACorrection_BindsItsNewFiles_KeepsTheMattersOwn_AndReleasesThemWhenRefused()
    {
        var applicant = await As("zhangsan");
        var hukou = await Uploads.IdAsync(applicant, "户口簿.pdf");
        var receipt = await ReceiptAsync(await ApplyAsync(applicant, Uploads.FormWith(await Uploads.IdAsync(applicant), hukou, await Uploads.IdAsync(applicant))));
        var window = await As("officer.baishi-service");
        var accept = await Workbench.TaskAsync(window, receipt, "accept");
        var asked = await window.PostAsJsonAsync($"/api/tasks/{receipt}/{accept}/complete",
            new { outcome = "correct", fields = new { opinion = "户口簿缺页", correction_items = "请补充户口簿全部页面" } });
        Assert.Equal(HttpStatusCode.OK, asked.StatusCode);

        // Refused by the engine (bad phone): the new page is released.
        var page = await Uploads.IdAsync(applicant, "户口簿第2页.pdf");
        var refused = await applicant.PostAsJsonAsync($"/api/matters/{receipt}/correct",
            new { changes = new Dictionary<string, string?> { ["household_register"] = $"{hukou};{page}", ["phone"] = "bad" } });
        Assert.InRange((int)refused.StatusCode, 400, 499);
        Assert.Equal(HttpStatusCode.NotFound, (await window.GetAsync($"/api/attachments/{page}")).StatusCode);

        var corrected = await applicant.PostAsJsonAsync($"/api/matters/{receipt}/correct",
            new { changes = new Dictionary<string, string?> { ["household_register"] = $"{hukou};{page}" } });
        Assert.Equal(HttpStatusCode.OK, corrected.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await window.GetAsync($"/api/attachments/{page}")).StatusCode);
        var names = (await applicant.GetFromJsonAsync<JsonElement>($"/api/matters/{receipt}")).GetProperty("attachments").EnumerateArray()
            .Select(a => a.GetProperty("name").GetString()).ToList();
        Assert.Contains("户口簿第2页.pdf", names);
        Assert.Equal(4, names.Count);
    }
}
