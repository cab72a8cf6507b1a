namespace OneMatter.Storage.Entities;

/// <summary>
/// An instance's snapshot (System.Text.Json of <c>MatterState</c>), possibly a few events behind
/// the instance's version: it is rewritten only every few dozen events (see <c>SnapshotPolicy</c>);
/// <c>IMatterStore.LoadAsync</c> folds the rest. A table of its own, not a column of the instance
/// row: the row changes on every commit and is read by every list, the snapshot is a few
/// kilobytes written three times in a rural-housing application and read only to load it.
/// </summary>
public sealed class SnapshotRow
{
    /// <summary>Instance id.</summary>
    public required string InstanceId { get; set; }
    /// <summary>The snapshot.</summary>
    public required string Json { get; set; }
}
