using OneMatter.Engine.Documents;
using OneMatter.Engine.Organisation;

namespace OneMatter.Engine.Loading;

/// <summary>
/// What a definition is checked against: the org directory, the ids of the templates,
/// calendars and other matters that exist, and the parsed document templates. A null member
/// means "not known here" and turns the corresponding checks off (a designer checking one file
/// without an org directory still gets every other check).
/// </summary>
public sealed record LoadContext
{
    /// <summary>Units, unit kinds and jurisdictions; null skips unit checks.</summary>
    public OrgDirectory? Org { get; init; }

    /// <summary>Template ids (<c>templates/{id}.html</c>, the layout <c>_layout.html</c> excluded);
    /// null skips template checks.</summary>
    public IReadOnlySet<string>? Templates { get; init; }

    /// <summary>The parsed document templates (each composed into <c>_layout.html</c>); null skips
    /// the check that every variable a document's template reads exists in the matter. A
    /// template listed in <see cref="Templates"/> but missing here failed to parse: a document
    /// using it is reported as such.</summary>
    public DocumentTemplates? Documents { get; init; }

    /// <summary>Calendar ids; null skips the calendar check.</summary>
    public IReadOnlySet<string>? Calendars { get; init; }

    /// <summary>Ids of the matters a <c>call</c> node may start; null skips that check.</summary>
    public IReadOnlySet<string>? Matters { get; init; }

    /// <summary>A context that knows nothing outside the definition.</summary>
    public static LoadContext None { get; } = new();
}
