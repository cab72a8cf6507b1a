using System.Globalization;
using OneMatter.Engine.Definitions;
using YamlDotNet.RepresentationModel;

namespace OneMatter.Engine.Loading;

public sealed partial class DefinitionParser
{
    private Dictionary<string, DocumentSpec> ReadDocuments(YamlMappingNode? node)
    {
        var documents = new Dictionary<string, DocumentSpec>(StringComparer.Ordinal);
        var map = YamlMap.Open(node, "\"documents\"", _diagnostics,
            (id, line) => $"document \"{id}\" is declared twice (first at line {line})");
        if (map is null)
        {
            return documents;
        }
        foreach (var (key, value) in map.Entries)
        {
            var id = key.Value!;
            CheckId(key, "document id");
            if (YamlMap.Open(value, $"document \"{id}\"", _diagnostics) is not { } d)
            {
                continue;
            }
            d.AllowOnly(Keys.Document);
            documents[id] = new DocumentSpec
            {
                Id = id,
                Name = d.Text("name", required: true) ?? "",
                NameEn = d.Text("name-en"),
                Template = d.Text("template", required: true) ?? "",
                ForApplicant = d.Bool("for-applicant", true),
                Location = At(key),
            };
        }
        return documents;
    }

    /// <summary>The <c>escalation</c> list of the definition or of a task; null when absent.</summary>
    private List<EscalationRule>? ReadEscalation(YamlMap owner)
    {
        if (owner.ListValue("escalation") is not { } list)
        {
            return null;
        }
        var rules = new List<EscalationRule>();
        for (var i = 0; i < list.Children.Count; i++)
        {
            var what = $"escalation rule {i + 1} of {owner.What}";
            if (YamlMap.Open(list.Children[i], what, _diagnostics) is not { } r)
            {
                continue;
            }
            r.AllowOnly(Keys.EscalationRule);
            var percent = ReadPercent(r);
            var action = r.Word("do", Words.EscalationAction, required: true, noun: "action");
            var to = r.Scalar("to");
            if (to is not null && action is EscalationAction.Warn or EscalationAction.Overdue)
            {
                _diagnostics.Add(r.KeyNode("to")!.Start,
                    $"\"to\" applies only to supervise and reassign, not to {Words.Of(action.Value)} ({what})");
            }
            if (to is null && action == EscalationAction.Reassign)
            {
                _diagnostics.Add(r.Start, $"{what} reassigns but has no \"to\": name the unit that takes the work");
            }
            var document = r.Scalar("document");
            if (document is not null && action is not null and not EscalationAction.Supervise)
            {
                _diagnostics.Add(r.KeyNode("document")!.Start,
                    $"\"document\" applies only to supervise (the 督办单), not to {Words.Of(action.Value)} ({what})");
            }
            if (percent is null || action is null)
            {
                continue;
            }
            rules.Add(new EscalationRule { Percent = percent.Value, Action = action.Value, To = to?.Value, Document = document?.Value, Location = At(r.Node) });
        }
        return rules;
    }

    /// <summary>The <c>at</c> of an escalation rule: a percentage such as <c>80%</c>, 1–1000.</summary>
    private int? ReadPercent(YamlMap r)
    {
        if (r.Scalar("at", required: true) is not { } scalar)
        {
            return null;
        }
        var text = scalar.Value!.Trim();
        if (text.EndsWith('%')
            && int.TryParse(text[..^1], NumberStyles.None, CultureInfo.InvariantCulture, out var percent)
            && percent is >= 1 and <= 1000)
        {
            return percent;
        }
        _diagnostics.Add(scalar.Start, $"\"at\" of {r.What} must be a percentage from 1% to 1000%, such as 80%, not \"{scalar.Value}\"");
        return null;
    }
}
