using Microsoft.Extensions.FileProviders;

namespace OneMatter.Server;

/// <summary>
/// Serves the web app (src/OneMatter.Web, built into wwwroot by the csproj): its files, with a
/// year's cache for the content-hashed <c>/assets/*</c> and none for <c>index.html</c>, and
/// <c>index.html</c> for every client route (<c>/portal/…</c>, <c>/workbench/…</c> …) so a reload or a
/// shared link opens the right screen. The fallback is middleware rather than an endpoint: it
/// answers only requests no endpoint took, stays out of the OpenAPI document, and never touches
/// the server's own prefixes, whose unknown paths keep answering 404.
/// </summary>
internal static class WebApp
{
    /// <summary>Paths that belong to the server, never to the web app.</summary>
    private static readonly string[] ServerPrefixes = ["/api", "/hubs", "/hangfire", "/openapi", "/scalar", "/healthz"];

    private const string IndexFile = "index.html";

    /// <summary>Adds static files and the client-route fallback when a built web app is found.</summary>
    public static void Use(WebApplication app)
    {
        if (Locate(app.Environment) is not { } root)
        {
            app.Logger.LogWarning("The web app is not built (no wwwroot/index.html): serving the API only");
            return;
        }
        var files = new PhysicalFileProvider(root);
        app.Use(async (context, next) =>
        {
            if (IsClientRoute(context))
            {
                var index = files.GetFileInfo(IndexFile);
                context.Response.ContentType = "text/html; charset=utf-8";
                context.Response.Headers.CacheControl = "no-cache";
                await context.Response.SendFileAsync(index, context.RequestAborted).ConfigureAwait(false);
                return;
            }
            await next(context).ConfigureAwait(false);
        });
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            OnPrepareResponse = file =>
            {
                // Vite names every asset by its content hash: a changed file is a new URL.
                file.Context.Response.Headers.CacheControl = file.Context.Request.Path.StartsWithSegments("/assets", StringComparison.Ordinal)
                    ? "public, max-age=31536000, immutable"
                    : "no-cache";
            },
        });
    }

    private static readonly HashSet<string> StaticExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".js", ".mjs", ".css", ".map", ".html", ".json", ".ico", ".png", ".jpg", ".jpeg", ".gif", ".svg", ".webp",
        ".woff", ".woff2", ".ttf", ".txt", ".wasm",
    };

    /// <summary>A GET or HEAD for a page of the app: no endpoint took it, it is outside the server's
    /// prefixes, and its last segment is not a file type the build emits (a missing <c>.js</c> stays a 404).</summary>
    private static bool IsClientRoute(HttpContext context)
    {
        var request = context.Request;
        if (!(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)) || context.GetEndpoint() is not null)
        {
            return false;
        }
        var path = request.Path;
        foreach (var prefix in ServerPrefixes)
        {
            if (path.StartsWithSegments(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }
        var value = path.Value ?? "/";
        var last = value[(value.LastIndexOf('/') + 1)..];
        // Task ids carry dots (/workbench/tasks/RH-1/accept.4), so only a file type the build
        // emits marks a request for a file: a missing .js stays a 404, a task link reloads.
        if (StaticExtensions.Contains(Path.GetExtension(last)))
        {
            return false;
        }
        // A client that asks for JSON only is an API client that mistyped a path, not a browser.
        var accept = request.Headers.Accept.ToString();
        return accept.Length == 0 || accept.Contains("text/html", StringComparison.OrdinalIgnoreCase) || accept.Contains("*/*", StringComparison.Ordinal);
    }

    /// <summary>The built app's folder: the content root's wwwroot (<c>dotnet run</c> from the
    /// project, tests), else wwwroot beside the binaries (a publish), else the project's wwwroot
    /// found from the repository root (<c>dotnet run --project</c> from elsewhere).</summary>
    private static string? Locate(IWebHostEnvironment environment)
    {
        var contentRoot = environment.ContentRootPath;
        string?[] candidates =
        [
            environment.WebRootPath,
            Path.Combine(contentRoot, "wwwroot"),
            Path.Combine(AppContext.BaseDirectory, "wwwroot"),
            Path.Combine(RepositoryLayout.Root(contentRoot), "src", "OneMatter.Server", "wwwroot"),
        ];
        return candidates.FirstOrDefault(c => c is not null && File.Exists(Path.Combine(c, IndexFile)));
    }
}
