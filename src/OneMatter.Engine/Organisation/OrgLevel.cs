namespace OneMatter.Engine.Organisation;

/// <summary>Administrative levels, top down. A zone (片区, "1+X" area) groups townships of a
/// county around a hub township.</summary>
public enum OrgLevel
{
    /// <summary>市.</summary>
    City,
    /// <summary>县 / 区.</summary>
    County,
    /// <summary>片区: a group of townships served from a hub township.</summary>
    Zone,
    /// <summary>乡镇 / 街道.</summary>
    Township,
    /// <summary>村 / 社区.</summary>
    Village,
}
