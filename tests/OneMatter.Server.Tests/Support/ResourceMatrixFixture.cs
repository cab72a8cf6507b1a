using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using OneMatter.Server.Accounts;

namespace OneMatter.Server.Tests.Support;

/// <summary>
/// The real resources of the resource matrix, made once through the real API on one server:
/// <list type="bullet">
/// <item><b>A</b>: zhangsan's rural-housing matter in Baishi village, with an uploaded household
/// register, accepted at the Baishi window, so its four reviews are open (Baishi village's
/// committee holds the village review) and its acceptance receipt is issued.</item>
/// <item><b>B</b>: lisi's matter in Dongcun village of Qiuchuan, with an upload of lisi's, accepted
/// at the Qiuchuan window: its reviews are open too, the village one with Dongcun's committee, so
/// Baishi village's committee holds a task in A and none in B, while B's tasks are open (an
/// access check that let a write through would change B, which the matrix would see).</item>
/// <item>zhangsan's withdrawn matter (own, but nothing left to withdraw), and an upload of
/// zhangsan's and one of lisi's that no application has used.</item>
/// </list>
/// The demo accounts have one supervisor, whose jurisdiction is the whole county; a supervisor
/// for Baishi (covering A, not B) and an officer of the Qiuchuan window are added through
/// ASP.NET Core Identity, as the server has no account API.
/// </summary>
public sealed class ResourceMatrixFixture : IAsyncLifetime
{
    /// <summary>The officer whose unit holds a task in A and none in B.</summary>
    public const string Officer = "officer.baishi-baishi-committee";

    /// <summary>The supervisor whose jurisdiction (Baishi) covers A and not B (Qiuchuan).</summary>
    public const string Supervisor = "supervisor.baishi";

    private const string QiuchuanWindow = "officer.qiuchuan-service";

    public ServerFixture Server { get; } = new();

    internal MatterUnderTest A { get; private set; } = null!;

    internal MatterUnderTest B { get; private set; } = null!;

    /// <summary>A's housing review: a task of the officer's matter that another unit (the county
    /// housing bureau) holds.</summary>
    internal (string TaskId, string WorkItemId) HousingOfA { get; private set; }

    /// <summary>zhangsan's and lisi's uploads that no application has used yet.</summary>
    internal (string Zhangsan, string Lisi) Unbound { get; private set; }

    /// <summary>zhangsan's matter withdrawn during setup.</summary>
    internal string Withdrawn { get; private set; } = "";

    internal Task<HttpClient> AsAsync(string user) => SignedInClients.AsAsync(Server, user);

    public async Task InitializeAsync()
    {
        await AddAccountAsync(Supervisor, "县社会治理中心 白石片区督查员", Roles.Supervisor, "cs-command-centre", "baishi");
        await AddAccountAsync(QiuchuanWindow, "球川镇便民服务中心 窗口", Roles.Officer, "qiuchuan-service", null);
        var zhangsan = await AsAsync("zhangsan");
        var lisi = await AsAsync("lisi");

        var formA = RuralHousingForm.Valid();
        formA["household_register"] = await Uploads.IdAsync(zhangsan, "zhangsan-hukou.pdf");
        var (a, codeA) = await ApplyAsync(zhangsan, formA);
        await Workbench.AcceptAsync(await AsAsync("officer.baishi-service"), a);
        var (taskA, itemA) = await ReviewAsync(zhangsan, a, "village-opinion", "baishi-baishi-committee");
        HousingOfA = await ReviewAsync(zhangsan, a, "housing", "cs-housing");
        A = new MatterUnderTest(a, codeA, zhangsan, taskA, itemA, await DocumentAsync(zhangsan, a), await AttachmentAsync(zhangsan, a),
            ["张三", formA["id_number"]!, formA["phone"]!, codeA, "zhangsan-hukou.pdf"]);

        (Withdrawn, _) = await ApplyAsync(zhangsan, RuralHousingForm.Valid());
        Assert.Equal(HttpStatusCode.OK, (await zhangsan.PostAsync($"/api/matters/{Withdrawn}/withdraw", null)).StatusCode);

        var formB = RuralHousingForm.Valid();
        formB["applicant_name"] = "李四";
        formB["id_number"] = "330822198506120048";
        formB["phone"] = "13912345678";
        formB["township"] = "qiuchuan";
        formB["village"] = "qiuchuan-dongcun";
        formB["household_register"] = await Uploads.IdAsync(lisi, "lisi-hukou.pdf");
        var (b, codeB) = await ApplyAsync(lisi, formB);
        await Workbench.AcceptAsync(await AsAsync(QiuchuanWindow), b);
        var (taskB, itemB) = await ReviewAsync(lisi, b, "village-opinion", "qiuchuan-dongcun-committee");
        B = new MatterUnderTest(b, codeB, lisi, taskB, itemB, await DocumentAsync(lisi, b), await AttachmentAsync(lisi, b),
            ["李四", formB["id_number"]!, formB["phone"]!, codeB, "lisi-hukou.pdf"]);
        Unbound = (await Uploads.IdAsync(zhangsan, "zhangsan-unused.pdf"), await Uploads.IdAsync(lisi, "lisi-unused.pdf"));
    }

    public async Task DisposeAsync() => await Server.DisposeAsync();

    private async Task AddAccountAsync(string user, string name, string role, string unit, string? jurisdiction)
    {
        using var scope = Server.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Account>>();
        var account = new Account { UserName = user, DisplayName = name, Unit = unit, Jurisdiction = jurisdiction, EmailConfirmed = true };
        var created = await users.CreateAsync(account, ServerFixture.Password);
        Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => e.Description)));
        Assert.True((await users.AddToRoleAsync(account, role)).Succeeded);
    }

    private static async Task<(string Receipt, string QueryCode)> ApplyAsync(HttpClient applicant, Dictionary<string, string?> form)
    {
        var response = await applicant.PostAsJsonAsync("/api/matters/rural-housing/applications", new { form });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var receipt = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (receipt.GetProperty("receiptNumber").GetString()!, receipt.GetProperty("queryCode").GetString()!);
    }

    /// <summary>An open review of the matter and its work item, as its applicant's status names
    /// them, after checking which unit holds it.</summary>
    private static async Task<(string Task, string WorkItem)> ReviewAsync(HttpClient owner, string matter, string node, string unit)
    {
        var status = await owner.GetFromJsonAsync<JsonElement>($"/api/matters/{matter}");
        var review = status.GetProperty("holding").EnumerateArray().Single(h => h.GetProperty("node").GetString() == node);
        Assert.Equal(unit, review.GetProperty("unit").GetString());
        return (review.GetProperty("taskId").GetString()!, review.GetProperty("workItemId").GetString()!);
    }

    /// <summary>The number of the matter's first issued document, once the outbox has stored it.</summary>
    private static async Task<string> DocumentAsync(HttpClient owner, string matter)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var listed = await owner.GetFromJsonAsync<JsonElement>($"/api/matters/{matter}/documents");
            if (listed.GetArrayLength() > 0)
            {
                return listed[0].GetProperty("number").GetString()!;
            }
            await Task.Delay(100);
        }
        throw new Xunit.Sdk.XunitException($"no document of {matter} was stored within 10 s");
    }

    private static async Task<string> AttachmentAsync(HttpClient owner, string matter) =>
        (await owner.GetFromJsonAsync<JsonElement>($"/api/matters/{matter}/attachments"))[0].GetProperty("id").GetString()!;
}
