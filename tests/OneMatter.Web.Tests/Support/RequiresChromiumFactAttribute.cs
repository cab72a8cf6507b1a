namespace OneMatter.Web.Tests.Support;

/// <summary>A <c>[Fact]</c> that needs Chromium: skipped with the install command when it is
/// missing, unless ONEMATTER_REQUIRE_ALL=1, where it runs and fails.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class RequiresChromiumFactAttribute : FactAttribute
{
    /// <summary>Sets the skip reason from the installed browser.</summary>
    public RequiresChromiumFactAttribute()
    {
        Skip = Chromium.SkipReason;
    }
}
