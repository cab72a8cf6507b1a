using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using OneMatter.Server.Tests.Support;

namespace OneMatter.Server.Tests;

/// <summary>Data-protection keys (which sign cookies and bearer tokens) live in the database:
/// every node on one database accepts what another issued, and a server on another database
/// accepts none of it.</summary>
public sealed class SharedKeysTests : IDisposable
{
    private readonly string _shared = Path.Combine(Path.GetTempPath(), "onematter-keys-" + Guid.NewGuid().ToString("N"));
    private readonly string _other = Path.Combine(Path.GetTempPath(), "onematter-keys-" + Guid.NewGuid().ToString("N"));

    public SharedKeysTests()
    {
        Directory.CreateDirectory(_shared);
        Directory.CreateDirectory(_other);
    }

    [Fact]
    public async Task ATokenFromOneNode_WorksOnAnotherNodeOfTheSameDatabase_AndNowhereElse()
    {
        await using var nodeA = new PersistentServer(_shared);
        var signedIn = await nodeA.SignedInAsync("officer.cs-housing");
        await using var nodeB = new PersistentServer(_shared);
        await using var elsewhere = new PersistentServer(_other);

        var onB = nodeB.CreateClient();
        onB.DefaultRequestHeaders.Authorization = signedIn.DefaultRequestHeaders.Authorization;
        var me = await onB.GetFromJsonAsync<JsonElement>("/api/account/me");
        Assert.Equal("officer.cs-housing", me.GetProperty("userName").GetString());

        var foreign = elsewhere.CreateClient();
        foreign.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", signedIn.DefaultRequestHeaders.Authorization!.Parameter);
        Assert.Equal(HttpStatusCode.Unauthorized, (await foreign.GetAsync("/api/account/me")).StatusCode);

        await using var db = new SqliteConnection($"Data Source={Path.Combine(_shared, "onematter.db")};Pooling=False");
        await db.OpenAsync();
        await using var count = db.CreateCommand();
        count.CommandText = "SELECT COUNT(*) FROM \"DataProtectionKeys\"";
        Assert.True((long)(await count.ExecuteScalarAsync())! >= 1);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var folder in new[] { _shared, _other })
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // A file still held by a stopping background job; the temp folder is cleaned later.
            }
        }
    }
}
