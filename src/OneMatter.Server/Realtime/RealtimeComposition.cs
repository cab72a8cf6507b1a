using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Identity;
using StackExchange.Redis;

namespace OneMatter.Server.Realtime;

/// <summary>The real-time services and the hub's endpoint, added by <see cref="ServerComposition"/>.</summary>
internal static class RealtimeComposition
{
    /// <summary>SignalR (with the Redis backplane when <see cref="ServerSettings.Redis"/> is set), the
    /// token from the query string on the hub's path, the outbox handler and the publisher.</summary>
    public static void AddRealtime(IServiceCollection services, IConfiguration configuration)
    {
        var signalR = services.AddSignalR();
        // Read here rather than through IOptions: the backplane is chosen while services are
        // registered. Tests that give settings to WebApplicationFactory run one node without it.
        if (configuration.GetSection(ServerSettings.Section)[nameof(ServerSettings.Redis)] is { Length: > 0 } redis)
        {
            signalR.AddStackExchangeRedis(redis, options =>
            {
                // Several deployments may share one Redis; each hears only its own messages.
                options.Configuration.ChannelPrefix = RedisChannel.Literal("onematter");
                // A node whose Redis is briefly away keeps starting; SignalR reconnects and logs.
                options.Configuration.AbortOnConnectFail = false;
            });
        }

        // Browsers cannot set headers on a WebSocket or an EventSource, so SignalR sends the
        // bearer token as ?access_token=… there. Accepted on the hub's path only: elsewhere a
        // token in a URL would end up in logs and histories.
        services.Configure<BearerTokenOptions>(IdentityConstants.BearerScheme, options =>
        {
            var previous = options.Events.OnMessageReceived;
            options.Events.OnMessageReceived = async context =>
            {
                await previous(context).ConfigureAwait(false);
                if (string.IsNullOrEmpty(context.Token)
                    && context.HttpContext.Request.Path.StartsWithSegments(RealtimeHub.Path, StringComparison.Ordinal)
                    && context.Request.Query["access_token"].ToString() is { Length: > 0 } token)
                {
                    context.Token = token;
                }
            };
        });

        services.AddSingleton<RealtimeEffects>();
        services.AddHostedService<RealtimePublisher>();
    }

    /// <summary>Maps the hub; a connection is closed when its sign-in expires, so it never
    /// outlives the rights it was authorised with by more than a token's lifetime.</summary>
    public static void MapRealtime(WebApplication app) =>
        app.MapHub<RealtimeHub>(RealtimeHub.Path, options => options.CloseOnAuthenticationExpiration = true);
}
