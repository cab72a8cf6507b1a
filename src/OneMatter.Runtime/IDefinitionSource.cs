using OneMatter.Engine.Definitions;

namespace OneMatter.Runtime;

/// <summary>
/// Where the writer finds the definition a command runs on. Instances stay on the version they
/// started with, so lookups are by (id, version); only a start asks for the latest version.
/// A port, so the runtime does not care whether definitions come from files or the database.
/// </summary>
public interface IDefinitionSource
{
    /// <summary>The definition version, or null if it is unknown.</summary>
    MatterDefinition? Find(string id, int version);

    /// <summary>The newest version of a definition, or null if it is unknown.</summary>
    MatterDefinition? Latest(string id);
}
