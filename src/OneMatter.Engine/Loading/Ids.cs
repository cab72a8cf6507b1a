using System.Text.RegularExpressions;

namespace OneMatter.Engine.Loading;

/// <summary>The id rule shared by matters, nodes, fields, documents and outcomes: lower-case
/// ASCII letters, digits, <c>-</c> and <c>_</c>, starting with a letter. Ids end up in URLs,
/// expressions (<c>nodes.land.outcome</c>) and file names, so nothing else is allowed.</summary>
internal static partial class Ids
{
    /// <summary>The rule in words, for messages.</summary>
    public const string Rule = "use lower-case letters, digits, \"-\" and \"_\", starting with a letter";

    /// <summary>Whether <paramref name="id"/> follows the rule.</summary>
    public static bool IsValid(string id) => Pattern().IsMatch(id);

    [GeneratedRegex("^[a-z][a-z0-9_-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
