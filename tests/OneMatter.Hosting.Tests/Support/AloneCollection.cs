namespace OneMatter.Hosting.Tests.Support;

/// <summary>
/// Tests that load the whole machine (two node processes and a PostgreSQL cluster firing 1,000
/// timers) run in this collection, which xunit runs on its own after the others: alongside the
/// crash test, two cores would be shared by three node processes and a database server, and
/// both tests would slow past their timeouts.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class AloneCollection
{
    /// <summary>The collection's name.</summary>
    public const string Name = "Runs alone";
}
