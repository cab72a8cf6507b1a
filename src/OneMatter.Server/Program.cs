using OneMatter.Server;

// The OneMatter server: `dotnet run --project src/OneMatter.Server` serves http://localhost:5080
// with SQLite under data/, Hangfire in memory, definitions from workflows/ and templates from
// templates/; configuration (section "OneMatter", see ServerSettings) overrides any of them.
var builder = WebApplication.CreateBuilder(args);
LoggingDefaults.AddTo(builder.Configuration);
if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["ASPNETCORE_URLS"]))
{
    builder.WebHost.UseUrls("http://localhost:5080");
}
ServerComposition.AddServices(builder.Services, builder.Configuration);
var app = builder.Build();
ServerComposition.MapApp(app);
app.Run();

/// <summary>The entry point, public for <c>WebApplicationFactory</c> in tests.</summary>
public partial class Program;
