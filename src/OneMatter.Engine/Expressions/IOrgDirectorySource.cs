using OneMatter.Engine.Organisation;

namespace OneMatter.Engine.Expressions;

/// <summary>
/// A scope value built with an org directory (the engine's <c>nodes</c> view, which prints node
/// units by name). A scope assembled from such values without naming a directory, e.g. a
/// document's scope made of the matter's <c>form</c>, <c>nodes</c> and <c>instance</c> plus
/// <c>document</c>, finds it here, so <c>place</c> and <c>unit</c> print the same names as
/// <c>nodes.X.unit</c> does rather than silently falling back to ids.
/// </summary>
internal interface IOrgDirectorySource
{
    /// <summary>The directory the value was built with.</summary>
    OrgDirectory Org { get; }
}
