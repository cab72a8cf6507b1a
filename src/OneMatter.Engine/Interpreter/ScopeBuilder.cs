using System.Globalization;
using OneMatter.Engine.Definitions;
using OneMatter.Engine.Expressions;
using OneMatter.Engine.Organisation;

namespace OneMatter.Engine.Interpreter;

/// <summary>
/// What expressions see: <c>form</c> (typed by the field declarations), <c>nodes</c> (outcome,
/// fields, unit, by of each node passed) and <c>instance</c>. Plain dictionaries and values only,
/// so nothing of .NET is reachable from an expression.
/// </summary>
internal static class ScopeBuilder
{
    public static ExpressionScope Build(MatterDefinition definition, MatterStateBuilder state, OrgDirectory org)
    {
        var form = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var field in definition.Form)
        {
            form[field.Id] = state.Form.TryGetValue(field.Id, out var value) ? Typed(field, value) : null;
        }
        var nodes = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (id, record) in state.Records)
        {
            var fields = new Dictionary<string, object?>(StringComparer.Ordinal);
            var node = definition.Nodes.GetValueOrDefault(id) as TaskNode;
            foreach (var (key, value) in record.Fields)
            {
                var declared = node?.Fields.FirstOrDefault(f => f.Id == key);
                fields[key] = declared is null ? value : Typed(declared, value);
            }
            nodes[id] = new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["outcome"] = record.Outcome,
                ["fields"] = fields,
                ["unit"] = record.Unit is null ? null : org.FindUnit(record.Unit)?.Name ?? record.Unit,
                ["unit_id"] = record.Unit,
                ["by"] = record.By,
                ["at"] = record.At,
            };
        }
        var instance = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["id"] = state.InstanceId,
            ["matter"] = definition.Name,
            ["started"] = state.StartedAt,
            ["applicant"] = state.Applicant,
            ["query_code"] = state.QueryCode,
            ["jurisdiction"] = state.Jurisdiction,
            ["lead"] = state.LeadUnit,
        };
        return new ExpressionScope(new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["form"] = form,
            ["nodes"] = nodes,
            ["instance"] = instance,
        });
    }

    /// <summary>Values are stored as canonical strings; expressions get numbers as numbers,
    /// booleans as booleans, multiples as lists, and dates and text as strings (ISO dates compare
    /// correctly as strings).</summary>
    public static object? Typed(FormField field, string value) => field.Type switch
    {
        FieldType.Number => decimal.Parse(value, NumberStyles.Number, CultureInfo.InvariantCulture),
        FieldType.Boolean => value == "true",
        FieldType.Choice or FieldType.File when field.Multiple => value.Split(';').Cast<object?>().ToList(),
        _ => value,
    };
}
