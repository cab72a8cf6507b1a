using OneMatter.Engine.Instances;

namespace OneMatter.Storage;

/// <summary>
/// When a commit rewrites an instance's snapshot. Serializing and storing the whole state on
/// every command was the largest cost of a commit after the events themselves, yet the snapshot
/// is only a cache of the event log: loading folds the events after it
/// (<see cref="OneMatter.Engine.Interpreter.MatterEngine.Evolve"/>). So a snapshot is written
/// when an instance starts, each time its version crosses a multiple of <see cref="Interval"/>,
/// and when it ends; a load then folds fewer than <see cref="Interval"/> plus one command's events.
/// </summary>
internal static class SnapshotPolicy
{
    /// <summary>Events between snapshots. A rural-housing application has about 54 events in
    /// 8 commands, so it is snapshotted three times instead of eight.</summary>
    public const long Interval = 32;

    /// <summary>Whether a commit moving an instance from <paramref name="storedVersion"/> to
    /// <paramref name="state"/> writes the snapshot.</summary>
    public static bool ShouldWrite(long storedVersion, MatterState state) =>
        state.Status != MatterStatus.Running || storedVersion / Interval != state.Version / Interval;
}
