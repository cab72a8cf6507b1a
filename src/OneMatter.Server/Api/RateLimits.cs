using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace OneMatter.Server.Api;

/// <summary>Rate limits on the endpoints that can be hammered without an account: sign-in
/// (password guessing, on top of Identity's lockout) and the public receipt lookup (guessing
/// query codes). Per client address, fixed windows.</summary>
internal static class RateLimits
{
    public const string SignIn = "sign-in";

    public const string Lookup = "lookup";

    public static void Add(RateLimiterOptions options)
    {
        options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        options.AddPolicy(SignIn, context => Window(context, 20));
        options.AddPolicy(Lookup, context => Window(context, 30));
    }

    private static RateLimitPartition<string> Window(HttpContext context, int perMinute) =>
        RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "local",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
}
