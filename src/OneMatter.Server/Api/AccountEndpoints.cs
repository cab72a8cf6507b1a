using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using OneMatter.Server.Accounts;

namespace OneMatter.Server.Api;

/// <summary>Sign-in (a cookie for the web app, a bearer token for API clients), sign-out, the
/// current user, and the antiforgery token the web app sends with cookie-authenticated writes.</summary>
internal static class AccountEndpoints
{
    public sealed record SignInRequest(string UserName, string Password, bool UseCookies = false);

    public sealed record Me(string UserName, string DisplayName, string Role, string? Unit, string? Jurisdiction);

    public sealed record AntiforgeryToken(string HeaderName, string Token);

    public static void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/account").WithTags("Account");
        group.MapPost("/sign-in", SignInAsync).AllowAnonymous().RequireRateLimiting(RateLimits.SignIn);
        group.MapPost("/sign-out", SignOutAsync).RequireAuthorization();
        group.MapGet("/me", (ClaimsPrincipal user) =>
        {
            var current = CurrentUser.From(user)!;
            return TypedResults.Ok(new Me(current.Id, current.DisplayName, current.Role, current.Unit, current.Jurisdiction));
        }).RequireAuthorization();
        group.MapGet("/antiforgery", (HttpContext context, IAntiforgery antiforgery) =>
        {
            var tokens = antiforgery.GetAndStoreTokens(context);
            return TypedResults.Ok(new AntiforgeryToken(tokens.HeaderName!, tokens.RequestToken!));
        }).AllowAnonymous();
    }

    /// <summary>Checks the password with lockout; on success issues a cookie or, by default, a
    /// bearer token (the response body of the bearer scheme).</summary>
    private static async Task<Results<EmptyHttpResult, ProblemHttpResult>> SignInAsync(SignInRequest request, SignInManager<Account> signIn)
    {
        if (string.IsNullOrWhiteSpace(request.UserName) || string.IsNullOrEmpty(request.Password))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Bad request", detail: "userName and password are required");
        }
        signIn.AuthenticationScheme = request.UseCookies ? IdentityConstants.ApplicationScheme : IdentityConstants.BearerScheme;
        var result = await signIn.PasswordSignInAsync(request.UserName, request.Password, isPersistent: request.UseCookies, lockoutOnFailure: true)
            .ConfigureAwait(false);
        if (result.IsLockedOut)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status423Locked, title: "Locked out",
                detail: "账户已锁定, 请稍后再试 (too many failed attempts; try again later)");
        }
        if (!result.Succeeded)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Sign-in failed",
                detail: "用户名或密码错误 (wrong user name or password)");
        }
        // The sign-in manager already wrote the cookie or the token response.
        return TypedResults.Empty;
    }

    private static async Task<NoContent> SignOutAsync(SignInManager<Account> signIn)
    {
        await signIn.SignOutAsync().ConfigureAwait(false);
        return TypedResults.NoContent();
    }
}
