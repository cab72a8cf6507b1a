using Xunit.Abstractions;
using Xunit.Sdk;

namespace OneMatter.Storage.Tests.Support;

/// <summary>Discovers <see cref="StoreFactAttribute"/> tests, skipping them when the test
/// class's requirement is not installed (and not required).</summary>
public sealed class StoreFactDiscoverer : FactDiscoverer
{
    /// <summary>Created by xunit.</summary>
    public StoreFactDiscoverer(IMessageSink diagnosticMessageSink) : base(diagnosticMessageSink) { }

    /// <inheritdoc />
    protected override IXunitTestCase CreateTestCase(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        ArgumentNullException.ThrowIfNull(testMethod);
        var requiresPostgres = testMethod.TestClass.Class.GetCustomAttributes(typeof(RequiresPostgresAttribute)).Any();
        var skip = requiresPostgres ? PostgresBinaries.SkipReason : null;
        return skip is null
            ? base.CreateTestCase(discoveryOptions, testMethod, factAttribute)
            : new SkippedTestCase(DiagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod, skip);
    }
}
