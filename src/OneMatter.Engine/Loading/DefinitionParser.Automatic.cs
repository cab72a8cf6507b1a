using OneMatter.Engine.Definitions;
using OneMatter.Engine.Expressions;

namespace OneMatter.Engine.Loading;

public sealed partial class DefinitionParser
{
    private DocumentNode ReadDocumentNode(YamlMap m, string id, string name) => new()
    {
        Id = id,
        Name = name,
        Document = m.Text("document", required: true) ?? "",
        Next = NodeReference(m, "next"),
    };

    private NotifyNode? ReadNotify(YamlMap m, string id, string name)
    {
        var to = m.Text("to", required: true);
        var message = m.Scalar("message", required: true) is { } scalar
            ? ParseTemplate(scalar, $"\"message\" of {m.What}")
            : null;
        var next = NodeReference(m, "next");
        // Without a usable message there is no node to build; the error is already reported.
        return message is null ? null : new NotifyNode { Id = id, Name = name, To = to ?? "", Message = message, Next = next };
    }

    private CallNode ReadCall(YamlMap m, string id, string name)
    {
        var inputs = new Dictionary<string, Expression>(StringComparer.Ordinal);
        if (YamlMap.Open(m.MapValue("inputs"), $"the inputs of {m.What}", _diagnostics) is { } i)
        {
            foreach (var (key, value) in i.Entries)
            {
                if (i.Scalar(key.Value!, required: true) is { } scalar
                    && ParseExpression(scalar, $"input \"{key.Value}\" of {m.What}") is { } expression)
                {
                    inputs[key.Value!] = expression;
                }
            }
        }
        var results = new Dictionary<EndResult, string>();
        if (YamlMap.Open(m.MapValue("results"), $"the results of {m.What}", _diagnostics) is { } r)
        {
            foreach (var (key, value) in r.Entries)
            {
                var result = ClosedSet.Read(key, "result", $"the results of {m.What}", Words.Result, _diagnostics);
                var next = r.Text(key.Value!, required: true);
                if (result is not null && next is not null)
                {
                    results[result.Value] = next;
                }
                else
                {
                    _graphBroken = true;
                }
            }
        }
        return new CallNode
        {
            Id = id,
            Name = name,
            Matter = m.Text("matter", required: true) ?? "",
            Inputs = inputs,
            Results = results,
            Next = m.Text("next"),
        };
    }

    private EndNode ReadEnd(YamlMap m, string id, string name) => new()
    {
        Id = id,
        Name = name,
        Result = m.Word("result", Words.Result, required: true) ?? EndResult.Closed,
        Terminate = m.Bool("terminate", true),
    };
}
