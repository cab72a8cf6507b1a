namespace OneMatter.Web.Tests.Support;

/// <summary>Where Debian's Chromium is, and why a browser test is skipped when it is not.</summary>
internal static class Chromium
{
    public const string Path = "/usr/bin/chromium";

    /// <summary>Chromium without a sandbox or background traffic: tests run as root in CI and offline.</summary>
    public static readonly string[] Arguments =
        ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

    /// <summary>Null when Chromium is installed or ONEMATTER_REQUIRE_ALL=1 (then a missing one fails the test).</summary>
    public static string? SkipReason =>
        File.Exists(Path) || Environment.GetEnvironmentVariable("ONEMATTER_REQUIRE_ALL") == "1"
            ? null
            : "Chromium is not installed: apt-get install chromium fonts-wqy-microhei";
}
