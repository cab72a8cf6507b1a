namespace OneMatter.Server.Tests.Support;

/// <summary>Where redis-server is, and whether tests may skip without it.</summary>
public static class RedisBinaries
{
    /// <summary>The Debian package's server program.</summary>
    public const string Server = "/usr/bin/redis-server";

    /// <summary>The command that installs it.</summary>
    public const string InstallCommand = "apt-get install -y redis-server";

    /// <summary>Whether redis-server is installed.</summary>
    public static bool Installed => File.Exists(Server);

    /// <summary>Whether a missing requirement must fail rather than skip (set by .ci/run).</summary>
    public static bool Required => Environment.GetEnvironmentVariable("ONEMATTER_REQUIRE_ALL") == "1";

    /// <summary>Null when the tests should run (installed, or required and so bound to fail).</summary>
    public static string? SkipReason => Installed || Required
        ? null
        : $"Redis is not installed ({Server} missing): {InstallCommand}";
}
