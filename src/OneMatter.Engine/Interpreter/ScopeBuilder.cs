using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using OneMatter.Engine.Definitions;
using OneMatter.Engine.Expressions;
using OneMatter.Engine.Instances;
using OneMatter.Engine.Organisation;

namespace OneMatter.Engine.Interpreter;

/// <summary>
/// What expressions see: <c>form</c> (typed by the field declarations), <c>nodes</c> (outcome,
/// fields, unit, by of each node passed) and <c>instance</c>. Read-only views over the state,
/// computed on access, so nothing of .NET is reachable and nothing is copied.
/// </summary>
internal static class ScopeBuilder
{
    /// <remarks>The scope carries <paramref name="org"/> so that <c>place</c> and <c>unit</c> print
    /// names; a document scope made from it with <see cref="ExpressionScope.With"/> keeps it.</remarks>
    public static ExpressionScope Build(MatterDefinition definition, MatterStateBuilder state, OrgDirectory org) =>
        new(new RootView(
            new FieldsView(definition.Form, state.Form),
            new NodesView(definition, state.Records, org),
            new InstanceView(definition, state)))
        {
            Org = org,
        };

    /// <summary>Follows a member path through the views; false when a segment is missing.</summary>
    public static bool TryRead(ExpressionScope scope, IReadOnlyList<string> path, out object? value)
    {
        value = scope.Variables;
        foreach (var segment in path)
        {
            if (value is not IReadOnlyDictionary<string, object?> members || !members.TryGetValue(segment, out value))
            {
                value = null;
                return false;
            }
        }
        return true;
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

    private sealed class RootView(FieldsView form, NodesView nodes, InstanceView instance) : ReadOnlyView
    {
        private static readonly string[] Names = ["form", "nodes", "instance"];

        public override IEnumerable<string> Keys => Names;

        public override bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value)
        {
            value = key switch { "form" => form, "nodes" => nodes, "instance" => instance, _ => null };
            return value is not null;
        }
    }

    /// <summary>Declared fields; a declared field without a value reads as null (known but empty),
    /// an undeclared one is a missing member.</summary>
    private sealed class FieldsView(IReadOnlyList<FormField> fields, ValueMap<string> values) : ReadOnlyView
    {
        public override IEnumerable<string> Keys => fields.Select(f => f.Id);

        public override bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value)
        {
            foreach (var field in fields)
            {
                if (field.Id == key)
                {
                    value = values.TryGetValue(key, out var text) ? Typed(field, text) : null;
                    return true;
                }
            }
            value = null;
            return false;
        }
    }

    /// <summary>Nodes the matter has passed; a node not passed yet is a missing member.</summary>
    private sealed class NodesView(MatterDefinition definition, RecordLog records, OrgDirectory org) : ReadOnlyView, IOrgDirectorySource
    {
        public OrgDirectory Org => org;

        public override IEnumerable<string> Keys => records.Keys;

        public override bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value)
        {
            if (records.TryGetValue(key, out var record))
            {
                if (DrawNodeView.TryOf(record, org, out value))
                {
                    return true;
                }
                value = new NodeView(record, definition.Nodes.GetValueOrDefault(key) as TaskNode, org);
                return true;
            }
            value = null;
            return false;
        }
    }

    private sealed class NodeView(NodeRecord record, TaskNode? node, OrgDirectory org) : ReadOnlyView
    {
        private static readonly string[] Names = ["outcome", "fields", "unit", "unit_id", "by", "at"];

        public override IEnumerable<string> Keys => Names;

        public override bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value)
        {
            value = key switch
            {
                "outcome" => record.Outcome,
                "fields" => new FieldsView(node?.Fields ?? [], record.Fields),
                "unit" => record.Unit is null ? null : org.FindUnit(record.Unit)?.Name ?? record.Unit,
                "unit_id" => record.Unit,
                "by" => record.By,
                "at" => record.At,
                _ => null,
            };
            return Names.Contains(key);
        }
    }

    private sealed class InstanceView(MatterDefinition definition, MatterStateBuilder state) : ReadOnlyView
    {
        private static readonly string[] Names = ["id", "matter", "started", "applicant", "query_code", "jurisdiction", "lead"];

        public override IEnumerable<string> Keys => Names;

        public override bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value)
        {
            value = key switch
            {
                "id" => state.InstanceId,
                "matter" => definition.Name,
                "started" => state.StartedAt,
                "applicant" => state.Applicant,
                "query_code" => state.QueryCode,
                "jurisdiction" => state.Jurisdiction,
                "lead" => state.LeadUnit,
                _ => null,
            };
            return Names.Contains(key);
        }
    }
}
