namespace OneMatter.Scheduling.Tests.Support;

/// <summary>
/// Tests that load the machine (1,000 timers through two nodes, a PostgreSQL cluster) run in
/// this collection, which xunit runs on its own after the others: run alongside, they slowed
/// the real-clock timer tests past their few-second due instants (a timer meant to be "not yet
/// due" already was).
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class AloneCollection
{
    /// <summary>The collection's name.</summary>
    public const string Name = "Runs alone";
}
