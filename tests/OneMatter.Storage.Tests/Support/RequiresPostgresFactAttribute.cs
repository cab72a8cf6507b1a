namespace OneMatter.Storage.Tests.Support;

/// <summary>A <c>[Fact]</c> that needs the PostgreSQL 15 server binaries: skipped with the
/// install command when they are missing, unless ONEMATTER_REQUIRE_ALL=1, where it runs and
/// fails.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class RequiresPostgresFactAttribute : FactAttribute
{
    /// <summary>Sets the skip reason from the installed binaries.</summary>
    public RequiresPostgresFactAttribute()
    {
        Skip = PostgresBinaries.SkipReason;
    }
}
