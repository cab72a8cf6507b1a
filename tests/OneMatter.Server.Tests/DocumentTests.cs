using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using OneMatter.Server.Tests.Support;

namespace OneMatter.Server.Tests;

/// <summary>Issued documents through the API: rendered after the accepting command, listed and
/// downloaded by those who may read the matter, verified publicly by code and hash.</summary>
public sealed class DocumentTests : IClassFixture<ServerFixture>
{
    private readonly ServerFixture _server;

    public DocumentTests(ServerFixture server) => _server = server;

    /// <summary>Applies, accepts at the window and waits for the outbox to store the receipt.</summary>
    private async Task<(string Matter, JsonElement Receipt, HttpClient Applicant)> AcceptedAsync()
    {
        var applicant = await _server.SignedInAsync("zhangsan");
        var matter = await Workbench.ApplyAsync(applicant);
        await Workbench.AcceptAsync(await _server.SignedInAsync("officer.baishi-service"), matter);
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var listed = await applicant.GetFromJsonAsync<JsonElement>($"/api/matters/{matter}/documents");
            if (listed.GetArrayLength() > 0)
            {
                return (matter, listed.EnumerateArray().Single(), applicant);
            }
            await Task.Delay(100);
        }
        throw new Xunit.Sdk.XunitException($"the acceptance receipt of {matter} was not stored within 10 s");
    }

    [Fact]
    public async Task The_applicant_downloads_the_acceptance_receipt_with_its_hash_and_code()
    {
        var (matter, receipt, applicant) = await AcceptedAsync();
        Assert.Equal("acceptance-receipt", receipt.GetProperty("document").GetString());
        Assert.Equal("受理回执", receipt.GetProperty("title").GetString());

        var response = await applicant.GetAsync(receipt.GetProperty("url").GetString());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("default-src 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        Assert.Equal(receipt.GetProperty("sha256").GetString(), sha);
        var html = System.Text.Encoding.UTF8.GetString(bytes);
        Assert.Contains(receipt.GetProperty("number").GetString()!, html, StringComparison.Ordinal);
        Assert.Contains(receipt.GetProperty("verificationCode").GetString()!, html, StringComparison.Ordinal);
        Assert.Contains(matter, html, StringComparison.Ordinal);

        var saved = await applicant.GetAsync(receipt.GetProperty("url").GetString() + "?download=true");
        Assert.Equal("attachment", saved.Content.Headers.ContentDisposition?.DispositionType);
    }

    [Fact]
    public async Task Anyone_can_verify_a_code_and_hash_but_learns_nothing_about_the_holder()
    {
        var (_, receipt, _) = await AcceptedAsync();
        var anonymous = _server.CreateClient();
        var code = receipt.GetProperty("verificationCode").GetString()!;
        var sha = receipt.GetProperty("sha256").GetString()!;

        var genuine = await anonymous.GetFromJsonAsync<JsonElement>($"/api/documents/verify?code={code.ToLowerInvariant()}&sha256={sha}");
        Assert.Equal("genuine", genuine.GetProperty("check").GetString());
        Assert.True(genuine.GetProperty("genuine").GetBoolean());
        Assert.Equal("受理回执", genuine.GetProperty("title").GetString());
        Assert.Equal("农民建房", genuine.GetProperty("matter").GetString());
        Assert.DoesNotContain("张三", genuine.GetRawText(), StringComparison.Ordinal);

        var altered = await anonymous.GetFromJsonAsync<JsonElement>($"/api/documents/verify?code={code}&sha256={new string('0', 64)}");
        Assert.Equal("hash-mismatch", altered.GetProperty("check").GetString());
        Assert.False(altered.GetProperty("genuine").GetBoolean());

        var unknown = await anonymous.GetFromJsonAsync<JsonElement>($"/api/documents/verify?code=ZZZZZ-ZZZZZ&sha256={sha}");
        Assert.Equal("unknown-code", unknown.GetProperty("check").GetString());
        Assert.Equal(JsonValueKind.Null, unknown.GetProperty("title").ValueKind);
    }

    [Fact]
    public async Task Documents_are_readable_only_by_those_who_may_read_the_matter()
    {
        var (matter, receipt, _) = await AcceptedAsync();
        var url = receipt.GetProperty("url").GetString()!;

        var window = await _server.SignedInAsync("officer.baishi-service");
        Assert.Equal(HttpStatusCode.OK, (await window.GetAsync(url)).StatusCode);
        var supervisor = await _server.SignedInAsync("supervisor");
        Assert.Equal(HttpStatusCode.OK, (await supervisor.GetAsync($"/api/matters/{matter}/documents")).StatusCode);

        var otherApplicant = await _server.SignedInAsync("lisi");
        Assert.Equal(HttpStatusCode.NotFound, (await otherApplicant.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherApplicant.GetAsync($"/api/matters/{matter}/documents")).StatusCode);
        var otherUnit = await _server.SignedInAsync("officer.baishi-gov");
        Assert.Equal(HttpStatusCode.NotFound, (await otherUnit.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await _server.CreateClient().GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await window.GetAsync($"/api/matters/{matter}/documents/{matter}-D999")).StatusCode);
    }
}
