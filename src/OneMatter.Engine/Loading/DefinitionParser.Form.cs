using System.Text.RegularExpressions;
using OneMatter.Engine.Definitions;
using YamlDotNet.RepresentationModel;

namespace OneMatter.Engine.Loading;

public sealed partial class DefinitionParser
{
    /// <summary>Reads a list of field declarations (the applicant form or a task's fields).</summary>
    /// <param name="list">The YAML list, or null when absent.</param>
    /// <param name="describe">Names a field with the given id in messages.</param>
    /// <param name="noun">Names a field without a usable id ("form field 3").</param>
    private List<FormField> ReadFields(YamlSequenceNode? list, Func<string, string> describe, string noun)
    {
        var fields = new List<FormField>();
        if (list is null)
        {
            return fields;
        }
        var seen = new Dictionary<string, long>(StringComparer.Ordinal);
        for (var i = 0; i < list.Children.Count; i++)
        {
            var item = list.Children[i];
            var peeked = PeekText(item, "id");
            var map = YamlMap.Open(item, peeked is null ? $"{noun} {i + 1}" : describe(peeked), _diagnostics);
            if (map is null || ReadField(map) is not { } field)
            {
                continue;
            }
            var idNode = map.Get("id")!;
            if (!seen.TryAdd(field.Id, idNode.Start.Line))
            {
                _diagnostics.Add(idNode.Start, $"{map.What} is declared twice (first at line {seen[field.Id]})");
                continue;
            }
            fields.Add(field);
        }
        return fields;
    }

    private FormField? ReadField(YamlMap m)
    {
        m.AllowOnly(Keys.FormField);
        var id = m.Scalar("id", required: true);
        var label = m.Text("label", required: true);
        var type = m.Word("type", Words.FieldType) ?? FieldType.Text;
        var field = new FormField
        {
            Id = id?.Value ?? "",
            Label = label ?? "",
            LabelEn = m.Text("label-en"),
            Type = type,
            Required = m.Bool("required", false),
            Min = m.Number("min"),
            Max = m.Number("max"),
            MinDate = m.Date("min-date"),
            MaxDate = m.Date("max-date"),
            Pattern = ReadPattern(m),
            Options = ReadOptions(m),
            Multiple = m.Bool("multiple", false),
            Level = m.Text("level"),
            Location = At(m.Node),
        };
        if (id is null)
        {
            return null;
        }
        CheckId(id, "field id");
        CheckFieldKeysFitType(m, field);
        return field;
    }

    /// <summary>Keys that only make sense for some field types; a misplaced one is almost
    /// always a wrong <c>type</c>, so say which types take it.</summary>
    private void CheckFieldKeysFitType(YamlMap m, FormField field)
    {
        (string Key, FieldType[] Types)[] fits =
        [
            ("options", [FieldType.Choice]),
            ("level", [FieldType.Jurisdiction]),
            ("min-date", [FieldType.Date]),
            ("max-date", [FieldType.Date]),
            ("pattern", [FieldType.Text]),
            ("min", [FieldType.Number, FieldType.Text]),
            ("max", [FieldType.Number, FieldType.Text]),
            ("multiple", [FieldType.Choice, FieldType.File]),
        ];
        foreach (var (key, types) in fits)
        {
            if (m.KeyNode(key) is { } keyNode && !types.Contains(field.Type))
            {
                var allowed = string.Join(" and ", types.Select(t => Words.Of(t)));
                _diagnostics.Add(keyNode.Start,
                    $"\"{key}\" applies only to {allowed} fields, but {m.What} has type {Words.Of(field.Type)}");
            }
        }
        if (field.Type == FieldType.Choice && field.Options.Count == 0 && !m.Has("options"))
        {
            _diagnostics.Add(m.Start, $"{m.What} is a choice but has no \"options\"");
        }
        if (field.Min > field.Max)
        {
            _diagnostics.Add(m.Get("min")!.Start, $"\"min\" of {m.What} is greater than its \"max\"");
        }
        if (field.MinDate > field.MaxDate)
        {
            _diagnostics.Add(m.Get("min-date")!.Start, $"\"min-date\" of {m.What} is after its \"max-date\"");
        }
    }

    /// <summary>The <c>pattern</c>, checked to be a valid .NET regular expression.</summary>
    private string? ReadPattern(YamlMap m)
    {
        if (m.Scalar("pattern") is not { } scalar)
        {
            return null;
        }
        try
        {
            _ = new Regex(scalar.Value!, RegexOptions.None, TimeSpan.FromSeconds(1));
        }
        catch (ArgumentException e)
        {
            _diagnostics.Add(scalar.Start, $"\"pattern\" of {m.What} is not a valid regular expression: {e.Message}");
        }
        return scalar.Value;
    }

    private List<FieldOption> ReadOptions(YamlMap m)
    {
        var options = new List<FieldOption>();
        if (m.ListValue("options") is not { } list)
        {
            return options;
        }
        if (list.Children.Count == 0)
        {
            _diagnostics.Add(list.Start, $"\"options\" of {m.What} is empty");
        }
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < list.Children.Count; i++)
        {
            if (YamlMap.Open(list.Children[i], $"option {i + 1} of {m.What}", _diagnostics) is not { } o)
            {
                continue;
            }
            o.AllowOnly(Keys.FieldOption);
            var value = o.Scalar("value", required: true);
            var label = o.Text("label", required: true);
            if (value is null)
            {
                continue;
            }
            if (!seen.Add(value.Value!))
            {
                _diagnostics.Add(value.Start, $"option value \"{value.Value}\" appears twice in {m.What}");
                continue;
            }
            options.Add(new FieldOption { Value = value.Value!, Label = label ?? "", LabelEn = o.Text("label-en") });
        }
        return options;
    }
}
