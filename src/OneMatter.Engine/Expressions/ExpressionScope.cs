using OneMatter.Engine.Organisation;

namespace OneMatter.Engine.Expressions;

/// <summary>
/// What an expression or template can see: a set of root variables such as <c>form</c>,
/// <c>nodes</c> and <c>instance</c>.
/// </summary>
/// <remarks>
/// <para>Values may be <see langword="null"/>, <see cref="string"/>, <see cref="bool"/>,
/// <see cref="int"/>, <see cref="long"/>, <see cref="decimal"/>, <see cref="double"/> (and the
/// other .NET number types), <see cref="TimeSpan"/>, <see cref="DateTime"/>,
/// <see cref="DateTimeOffset"/>, <see cref="DateOnly"/>, <see cref="IReadOnlyList{T}"/> of
/// <see cref="object"/> (arrays) or <see cref="IReadOnlyDictionary{TKey, TValue}"/> of string to
/// object (objects), nested freely. Any other type makes the expression that reads it fail.</para>
/// <para>Dates are exposed as Scriban dates (<see cref="DateTime"/>): they compare with
/// <c>&lt;</c>/<c>==</c>, subtract to a timespan, and support <c>.year</c>, <c>.month</c>,
/// <c>.day</c>, <c>date.add_days</c> and <c>date.to_string</c>. A <see cref="DateOnly"/> is
/// midnight of that day; a <see cref="DateTimeOffset"/> is its UTC instant, so pass a local
/// <see cref="DateTime"/> when a document must print local wall-clock time.</para>
/// <para>Nothing is copied: the dictionaries and lists are wrapped read-only and converted as the
/// expression reads them, so a scope is cheap to build per command. The caller must not change
/// them while an evaluation runs. A key that is present with a <see langword="null"/> value is
/// "known but empty"; a missing key is an error when read (strict variables).</para>
/// </remarks>
public sealed class ExpressionScope
{
    private readonly OrgDirectory? _org;

    /// <summary>Creates a scope over the given root variables; the dictionary is not copied.</summary>
    public ExpressionScope(IReadOnlyDictionary<string, object?> variables)
    {
        ArgumentNullException.ThrowIfNull(variables);
        Variables = variables;
        Root = new ReadOnlyObjectAdapter(variables);
    }

    /// <summary>A scope with no variables, for expressions that only use literals and builtins.</summary>
    public static ExpressionScope Empty { get; } = new(new Dictionary<string, object?>());

    /// <summary>The root variables, as given.</summary>
    public IReadOnlyDictionary<string, object?> Variables { get; }

    /// <summary>
    /// The org directory that <c>place</c> and <c>unit</c> turn ids into names with
    /// (<c>{{ form.township | place }}</c> prints 白石镇, not <c>baishi</c>); null prints ids as they are.
    /// It travels with the scope because the scope is what a script runs against: the engine
    /// builds one per command from the same directory it assigns work with.
    /// </summary>
    /// <remarks>When not set, the directory of an engine view among the root variables (see
    /// <see cref="IOrgDirectorySource"/>) is used.</remarks>
    public OrgDirectory? Org
    {
        get => _org ?? Variables.Values.OfType<IOrgDirectorySource>().FirstOrDefault()?.Org;
        init => _org = value;
    }

    /// <summary>
    /// The zone in which <c>cn_date</c>, <c>cn_datetime</c> and a date written by <c>{{ }}</c> show
    /// an instant (a <see cref="DateTimeOffset"/> of the scope); China Standard Time unless set.
    /// Plain dates such as a form's <c>2026-03-16</c> are printed as written, whatever the zone.
    /// </summary>
    public TimeZoneInfo TimeZone { get; init; } = ChineseDates.ChinaStandardTime;

    /// <summary>A scope over other root variables with the same <see cref="Org"/> and
    /// <see cref="TimeZone"/>, e.g. the matter's scope plus <c>document</c> for a document.</summary>
    public ExpressionScope With(IReadOnlyDictionary<string, object?> variables) =>
        new(variables) { Org = Org, TimeZone = TimeZone };

    /// <summary>The root variables as Scriban sees them.</summary>
    internal ReadOnlyObjectAdapter Root { get; }
}
