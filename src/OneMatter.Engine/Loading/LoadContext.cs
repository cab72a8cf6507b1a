using OneMatter.Engine.Organisation;

namespace OneMatter.Engine.Loading;

/// <summary>
/// What a definition is checked against: the org directory and the ids of the templates,
/// calendars and other matters that exist. A null member means "not known here" and turns the
/// corresponding checks off (a designer checking one file without an org directory still gets
/// every other check).
/// </summary>
public sealed record LoadContext
{
    /// <summary>Units, unit kinds and jurisdictions; null skips unit checks.</summary>
    public OrgDirectory? Org { get; init; }

    /// <summary>Template ids (<c>templates/{id}.html</c>); null skips template checks.</summary>
    public IReadOnlySet<string>? Templates { get; init; }

    /// <summary>Calendar ids; null skips the calendar check.</summary>
    public IReadOnlySet<string>? Calendars { get; init; }

    /// <summary>Ids of the matters a <c>call</c> node may start; null skips that check.</summary>
    public IReadOnlySet<string>? Matters { get; init; }

    /// <summary>A context that knows nothing outside the definition.</summary>
    public static LoadContext None { get; } = new();
}
