using Microsoft.Extensions.Configuration.Memory;

namespace OneMatter.Server;

/// <summary>
/// Log levels the server starts with when nothing configures them: OneMatter's own messages
/// (definitions loaded, timers re-scheduled, skipped files, failed effects) at Information,
/// the frameworks' per-request and per-query chatter only from Warning.
/// </summary>
/// <remarks>
/// There is no appsettings.json (the server runs from the repository with its embedded defaults,
/// and from <c>bin/</c> with another content root), so without these the console logged four
/// lines per request and one per SQL command at Information: a large share of a request's CPU
/// and of the start. They sit below every other source, so appsettings, environment variables
/// (<c>Logging__LogLevel__Microsoft.AspNetCore=Information</c>) and the command line still override them.
/// </remarks>
internal static class LoggingDefaults
{
    private static readonly Dictionary<string, string?> Levels = new()
    {
        ["Logging:LogLevel:Default"] = "Information",
        ["Logging:LogLevel:Microsoft"] = "Warning",
        ["Logging:LogLevel:Microsoft.Hosting.Lifetime"] = "Information",
        ["Logging:LogLevel:Hangfire"] = "Warning",
        ["Logging:LogLevel:System.Net.Http"] = "Warning",
    };

    /// <summary>Puts the defaults under every configuration source already added.</summary>
    public static void AddTo(IConfigurationBuilder configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        configuration.Sources.Insert(0, new MemoryConfigurationSource { InitialData = Levels });
    }
}
