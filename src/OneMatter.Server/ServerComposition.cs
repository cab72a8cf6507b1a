using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Http.Json;
using OneMatter.Server.Accounts;
using OneMatter.Server.Api;
using OneMatter.Storage;
using Scalar.AspNetCore;

namespace OneMatter.Server;

/// <summary>The server's services and pipeline, kept out of Program so each concern is named.</summary>
internal static class ServerComposition
{
    /// <summary>Largest accepted request body: forms and comments, not uploads.</summary>
    public const long MaxBodyBytes = 1024 * 1024;

    public static void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ServerSettings>(configuration.GetSection(ServerSettings.Section));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<RuntimeHost>();
        services.AddHostedService(sp => sp.GetRequiredService<RuntimeHost>());
        services.AddSingleton<OneMatter.Server.Definitions.DefinitionPublisher>();
        services.AddSingleton<WorkspaceFileEditor>();
        // After RuntimeHost: hosted services start in order, so the runtime is up before the first poll.
        services.AddHostedService<WorkspaceFileRefresher>();

        // Accounts: Identity on the same database, cookie and bearer sign-in (one composite scheme).
        services.AddScoped<AccountsDbContext>(sp => AccountsDatabase.Create(sp.GetRequiredService<RuntimeHost>().Storage));
        // Keys in the shared database, not the machine's profile: a cookie or token issued by one
        // node must be accepted by every other node of the city.
        services.AddDataProtection().SetApplicationName("OneMatter").PersistKeysToDbContext<AccountsDbContext>();
        services.AddIdentityApiEndpoints<Account>(options =>
            {
                options.Password.RequiredLength = 10;
                options.Password.RequireNonAlphanumeric = false;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(10);
                options.User.RequireUniqueEmail = false;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<AccountsDbContext>()
            .AddClaimsPrincipalFactory<AccountClaims>();
        services.AddSingleton<Microsoft.Extensions.Options.IPostConfigureOptions<Microsoft.AspNetCore.Authentication.BearerToken.BearerTokenOptions>,
            CachedBearerTicketsSetup>();
        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = "onematter";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Strict;
            // An API answers 401/403, never a redirect to a login page.
            options.Events.OnRedirectToLogin = context => { context.Response.StatusCode = StatusCodes.Status401Unauthorized; return Task.CompletedTask; };
            options.Events.OnRedirectToAccessDenied = context => { context.Response.StatusCode = StatusCodes.Status403Forbidden; return Task.CompletedTask; };
        });
        services.AddAuthorization();
        services.AddAntiforgery(options => options.HeaderName = "X-XSRF-TOKEN");
        services.AddRateLimiter(RateLimits.Add);
        services.AddProblemDetails();
        // Malformed JSON, wrong types and missing bodies surface as BadHttpRequestException:
        // answer them with their own 4xx status (as problem details), never a 500.
        services.Configure<ExceptionHandlerOptions>(options =>
            options.StatusCodeSelector = error => error is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError);
        services.Configure<JsonOptions>(options => options.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        services.AddOpenApi();
        services.AddSingleton(sp => AttachmentSettings.From(sp.GetRequiredService<IConfiguration>()));
        // After RuntimeHost: the publisher attaches to the runtime once it has started.
        Realtime.RealtimeComposition.AddRealtime(services, configuration);
    }

    public static void MapApp(WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            // Oversize bodies are refused before they are read (413 with problem details); an
            // upload endpoint names its own, larger limit (routing has matched it by now).
            var limit = context.GetEndpoint()?.Metadata.GetMetadata<UploadBodyLimit>()?.Bytes ?? MaxBodyBytes;
            if (context.Request.ContentLength > limit)
            {
                await Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Request too large",
                    detail: $"at most {limit} bytes").ExecuteAsync(context).ConfigureAwait(false);
                return;
            }
            await next(context).ConfigureAwait(false);
        });
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        WebApp.Use(app);
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.UseMiddleware<CookieAntiforgery>();

        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapScalarApiReference("/scalar");
        app.Map("/hangfire", branch => branch.UseMiddleware<Jobs.JobsDashboard>());
        app.MapGet("/healthz", (RuntimeHost host) => Results.Ok(new { status = "ok", definitions = host.Runtime.Catalog.All.Count }))
            .AllowAnonymous().ExcludeFromDescription();
        AccountEndpoints.Map(app);
        MatterEndpoints.Map(app);
        DocumentEndpoints.Map(app);
        TaskEndpoints.Map(app);
        TaskActionEndpoints.Map(app);
        SupervisionEndpoints.Map(app);
        OrgEndpoints.Map(app);
        DefinitionEndpoints.Map(app);
        SimulationCompareEndpoints.Map(app);
        WorkspaceFileEndpoints.Map(app);
        AttachmentEndpoints.Map(app);
        Realtime.RealtimeComposition.MapRealtime(app);
    }
}
