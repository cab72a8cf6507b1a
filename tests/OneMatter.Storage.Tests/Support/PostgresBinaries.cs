namespace OneMatter.Storage.Tests.Support;

/// <summary>Where the Debian PostgreSQL 15 server binaries are, and whether tests may skip
/// without them.</summary>
public static class PostgresBinaries
{
    /// <summary>The Debian package folder of PostgreSQL 15's server programs.</summary>
    public const string Directory = "/usr/lib/postgresql/15/bin";

    /// <summary>The command that installs them.</summary>
    public const string InstallCommand = "apt-get install -y postgresql";

    /// <summary>Whether initdb is installed.</summary>
    public static bool Installed => File.Exists(Path.Combine(Directory, "initdb"));

    /// <summary>Whether a missing requirement must fail rather than skip (set by .ci/run).</summary>
    public static bool Required => Environment.GetEnvironmentVariable("ONEMATTER_REQUIRE_ALL") == "1";

    /// <summary>Null when the tests should run (installed, or required and so bound to fail).</summary>
    public static string? SkipReason => Installed || Required
        ? null
        : $"PostgreSQL 15 is not installed ({Directory}/initdb missing): {InstallCommand}";
}
