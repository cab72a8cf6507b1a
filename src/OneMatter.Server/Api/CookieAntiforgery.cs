using Microsoft.AspNetCore.Antiforgery;

namespace OneMatter.Server.Api;

/// <summary>
/// Antiforgery for cookie-authenticated writes: a browser sends the cookie with any cross-site
/// request, so every unsafe method signed in by cookie must carry the antiforgery header (from
/// <c>GET /api/account/antiforgery</c>). Bearer-token clients are exempt: a token is never sent
/// by the browser on its own.
/// </summary>
internal sealed class CookieAntiforgery(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, IAntiforgery antiforgery)
    {
        var unsafeMethod = !(HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method) || HttpMethods.IsOptions(context.Request.Method));
        // Identity stamps both schemes' identities alike, so tell them apart by the request: a
        // signed-in request without a bearer header was authenticated by the cookie.
        var bearer = context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);
        var byCookie = context.User.Identity?.IsAuthenticated == true && !bearer;
        if (unsafeMethod && byCookie && context.Request.Path.StartsWithSegments("/api", StringComparison.Ordinal))
        {
            try
            {
                await antiforgery.ValidateRequestAsync(context).ConfigureAwait(false);
            }
            catch (AntiforgeryValidationException)
            {
                await Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Antiforgery token missing or invalid",
                    detail: "cookie-authenticated writes must send the token from GET /api/account/antiforgery").ExecuteAsync(context).ConfigureAwait(false);
                return;
            }
        }
        await next(context).ConfigureAwait(false);
    }
}
