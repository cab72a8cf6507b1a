using OneMatter.Engine.Instances;

namespace OneMatter.Engine.Persistence;

/// <summary>An instance as stored: its snapshot and the version to expect when committing the
/// next change to it.</summary>
/// <param name="State">The snapshot.</param>
/// <param name="Version">The stored version (the number of events appended so far).</param>
/// <param name="DefinitionId">The definition it runs on.</param>
/// <param name="DefinitionVersion">The definition version it started on and stays on.</param>
public sealed record StoredMatter(MatterState State, long Version, string DefinitionId, int DefinitionVersion);
