namespace OneMatter.Server.Tests.Support;

/// <summary>A <c>[Fact]</c> that needs redis-server: skipped with the install command when it is
/// missing, unless ONEMATTER_REQUIRE_ALL=1, where it runs and fails.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class RequiresRedisFactAttribute : FactAttribute
{
    /// <summary>Sets the skip reason from the installed binaries.</summary>
    public RequiresRedisFactAttribute()
    {
        Skip = RedisBinaries.SkipReason;
    }
}
