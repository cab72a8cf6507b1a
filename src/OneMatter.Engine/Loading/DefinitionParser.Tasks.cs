using OneMatter.Engine.Definitions;
using YamlDotNet.RepresentationModel;

namespace OneMatter.Engine.Loading;

public sealed partial class DefinitionParser
{
    private TaskNode ReadTask(YamlMap m, string id, string name)
    {
        var signers = ReadSigners(m);
        var assignee = m.Get("assignee") is { } a ? ReadAssignee(a, $"the assignee of {m.What}") : null;
        if (!m.Has("assignee") && signers.Count == 0)
        {
            m.Require("assignee");
        }
        var sign = m.Word("sign", Words.Sign);
        if (sign is not null && signers.Count == 0 && !m.Has("signers"))
        {
            _diagnostics.Add(m.KeyNode("sign")!.Start, $"{m.What} has sign \"{Words.Of(sign.Value)}\" but no \"signers\"");
        }
        if (signers.Count > 0 && !m.Has("sign"))
        {
            _diagnostics.Add(m.KeyNode("signers")!.Start, $"{m.What} lists \"signers\" but no \"sign\": add sign: all, any or sequential");
        }
        var fields = ReadFields(m.ListValue("fields"), field => $"field \"{field}\" of {m.What}", $"field of {m.What}");
        return new TaskNode
        {
            Id = id,
            Name = name,
            // The first signer stands in when only signers are given; "" marks a reported gap.
            Assignee = assignee ?? (signers.Count > 0 ? signers[0] : new UnitAssignee("")),
            Sign = sign ?? SignMode.Single,
            Signers = signers,
            Deadline = ReadDuration(m, "deadline"),
            Escalation = ReadEscalation(m),
            Outcomes = ReadOutcomes(m),
            Fields = fields,
            Timeout = ReadTimeout(m),
            Skippable = m.Bool("skippable", false),
        };
    }

    private ApplicantTaskNode ReadApplicantTask(YamlMap m, string id, string name) => new()
    {
        Id = id,
        Name = name,
        PausesClock = m.Bool("pauses-clock", true),
        Fields = m.Words("fields").Select(f => f.Value!).ToList(),
        Timeout = ReadTimeout(m),
        Next = NodeReference(m, "next"),
    };

    private List<Assignee> ReadSigners(YamlMap m)
    {
        var signers = new List<Assignee>();
        var list = m.ListValue("signers");
        for (var i = 0; list is not null && i < list.Children.Count; i++)
        {
            if (ReadAssignee(list.Children[i], $"signer {i + 1} of {m.What}") is { } signer)
            {
                signers.Add(signer);
            }
        }
        return signers;
    }

    private List<Outcome> ReadOutcomes(YamlMap task)
    {
        var outcomes = new List<Outcome>();
        var node = task.Get("outcomes");
        if (node is not null && node is not YamlMappingNode && !Scalars.IsNull(node))
        {
            task.WrongShape("outcomes", node, "a map of outcome id → next node");
            _graphBroken = true;
            return outcomes;
        }
        var map = YamlMap.Open(node as YamlMappingNode, $"the outcomes of {task.What}", _diagnostics,
            (id, line) => $"outcome \"{id}\" of {task.What} is declared twice (first at line {line})");
        foreach (var (key, value) in map?.Entries ?? [])
        {
            CheckId(key, "outcome id");
            if (ReadOutcome(key, value, $"outcome \"{key.Value}\" of {task.What}") is { } outcome)
            {
                outcomes.Add(outcome);
            }
            else
            {
                _graphBroken = true;
            }
        }
        return outcomes;
    }

    private Outcome? ReadOutcome(YamlScalarNode key, YamlNode value, string what)
    {
        // Shorthand: `accept: review` is `accept: { next: review }`.
        if (value is YamlScalarNode scalar)
        {
            if (Scalars.IsNull(scalar))
            {
                _diagnostics.Add(value.Start, $"{what} has no next node");
                return null;
            }
            return new Outcome { Id = key.Value!, Next = scalar.Value!, Location = At(key) };
        }
        if (YamlMap.Open(value, what, _diagnostics) is not { } o)
        {
            return null;
        }
        o.AllowOnly(Keys.Outcome);
        return new Outcome
        {
            Id = key.Value!,
            Label = o.Text("label"),
            LabelEn = o.Text("label-en"),
            Next = NodeReference(o, "next"),
            When = ReadCondition(o, "when"),
            Documents = o.Words("documents").Select(d => d.Value!).ToList(),
            Location = At(key),
        };
    }
}
