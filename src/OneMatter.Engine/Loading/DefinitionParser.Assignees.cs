using OneMatter.Engine.Definitions;
using YamlDotNet.RepresentationModel;

namespace OneMatter.Engine.Loading;

public sealed partial class DefinitionParser
{
    private const string AssigneeShapes =
        "a unit id, { unit }, { unit, user }, { unit, role }, { kind, jurisdiction } or { from }";

    /// <summary>An assignee or signer: a plain unit id, or one of the map shapes.</summary>
    private Assignee? ReadAssignee(YamlNode node, string what)
    {
        if (node is YamlScalarNode scalar)
        {
            if (Scalars.IsNull(scalar))
            {
                _diagnostics.Add(node.Start, $"{what} has no value; write {AssigneeShapes}");
                return null;
            }
            return new UnitAssignee(scalar.Value!) { Location = At(node) };
        }
        if (node is YamlSequenceNode)
        {
            _diagnostics.Add(node.Start, $"{what} must be {AssigneeShapes}, not a list");
            return null;
        }
        var m = YamlMap.Open(node, what, _diagnostics)!;
        m.AllowOnly(Keys.Assignee);
        var given = Keys.Assignee.Where(m.Has).ToHashSet(StringComparer.Ordinal);
        Assignee? assignee = given switch
        {
            _ when Is(given, "unit") => new UnitAssignee(m.Text("unit", required: true) ?? ""),
            _ when Is(given, "unit", "user") =>
                new UserAssignee(m.Text("user", required: true) ?? "", m.Text("unit", required: true) ?? ""),
            _ when Is(given, "unit", "role") =>
                new RoleAssignee(m.Text("unit", required: true) ?? "", m.Text("role", required: true) ?? ""),
            _ when Is(given, "kind", "jurisdiction") || Is(given, "kind") => ReadTerritorial(m),
            _ when Is(given, "from") => ReadCondition(m, "from", required: true) is { } from ? new DeferredAssignee(from) : null,
            _ => null,
        };
        if (assignee is null && !Is(given, "kind", "jurisdiction") && !Is(given, "kind") && !Is(given, "from"))
        {
            _diagnostics.Add(m.Start, given.Count == 0
                ? $"{what} names nobody; write {AssigneeShapes}"
                : $"{what} combines {string.Join(", ", given.Select(k => $"\"{k}\""))}; write {AssigneeShapes}");
        }
        return assignee is null ? null : assignee with { Location = At(node) };
    }

    /// <summary><c>{ kind, jurisdiction }</c>: the unit of that kind covering the place.</summary>
    private JurisdictionAssignee? ReadTerritorial(YamlMap m)
    {
        var kind = m.Text("kind", required: true);
        var place = ReadCondition(m, "jurisdiction", required: true);
        return kind is null || place is null ? null : new JurisdictionAssignee(kind, place);
    }

    private static bool Is(HashSet<string> given, params string[] keys) =>
        given.Count == keys.Length && keys.All(given.Contains);
}
