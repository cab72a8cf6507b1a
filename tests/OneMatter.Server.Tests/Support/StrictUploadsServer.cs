using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace OneMatter.Server.Tests.Support;

/// <summary>The server with configured upload limits: PDF only, at most 4 KiB, and every file
/// field value an uploaded attachment (<c>RequireUploads</c>).</summary>
public sealed class StrictUploadsServer : WebApplicationFactory<Program>
{
    public const int MaxBytes = 4096;

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "onematter-uploads-" + Guid.NewGuid().ToString("N"));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(_folder);
        DemoSignIn.Configure(builder, _folder);
        builder.UseSetting("OneMatter:Attachments:MaxBytes", MaxBytes.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("OneMatter:Attachments:AllowedTypes:0", "application/pdf");
        builder.UseSetting("OneMatter:Attachments:RequireUploads", "true");
    }

    public Task<HttpClient> SignedInAsync(string user) => DemoSignIn.BearerAsync(CreateClient(), user);

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
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
