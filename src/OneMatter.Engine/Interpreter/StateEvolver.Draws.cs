using OneMatter.Engine.Events;
using OneMatter.Engine.Instances;

namespace OneMatter.Engine.Interpreter;

internal static partial class StateEvolver
{
    /// <summary>A draw leaves its node with the picks on the node's record, where
    /// <c>nodes.&lt;id&gt;.entities</c> and <c>.inspectors</c> read them.</summary>
    private static void ApplyDrawMade(MatterStateBuilder s, DrawMade made)
    {
        var token = s.IndexOfToken(made.Token);
        s.Records = s.Records.Add(new NodeRecord
        {
            Node = made.Node,
            Unit = made.Unit,
            By = made.Actor,
            At = made.At,
            Scope = token < 0 ? "" : s.Tokens[token].Scope,
            Draw = made,
        });
    }
}
