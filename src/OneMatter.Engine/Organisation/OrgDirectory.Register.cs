namespace OneMatter.Engine.Organisation;

/// <summary>The registers a 双随机 draw picks from; kept beside the units because the inspector
/// pools belong to units and the entities to jurisdictions, and because an administrator edits
/// them the same way (a versioned org file).</summary>
public sealed partial class OrgDirectory
{
    /// <summary>The register of inspectable entities (市场主体名录), in declaration order.</summary>
    public IReadOnlyList<InspectedEntity> Entities { get; init; } = [];

    /// <summary>The inspector pools (执法检查人员名录) of every unit, in declaration order.</summary>
    public IReadOnlyList<Inspector> Inspectors { get; init; } = [];

    /// <summary>The entity with this id, or null.</summary>
    public InspectedEntity? FindEntity(string id) => Entities.FirstOrDefault(e => e.Id == id);

    /// <summary>The inspector with this id, or null.</summary>
    public Inspector? FindInspector(string id) => Inspectors.FirstOrDefault(i => i.Id == id);
}
