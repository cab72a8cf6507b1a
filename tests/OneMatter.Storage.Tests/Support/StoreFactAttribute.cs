using Xunit.Sdk;

namespace OneMatter.Storage.Tests.Support;

/// <summary>A fact of the store compliance suite. It runs like <c>[Fact]</c>, except in a test
/// class marked with a requirement (<see cref="RequiresPostgresAttribute"/>) whose binaries are
/// missing: then it is skipped with the install command, or fails when ONEMATTER_REQUIRE_ALL=1.</summary>
[AttributeUsage(AttributeTargets.Method)]
[XunitTestCaseDiscoverer("OneMatter.Storage.Tests.Support.StoreFactDiscoverer", "OneMatter.Storage.Tests")]
public sealed class StoreFactAttribute : FactAttribute;
