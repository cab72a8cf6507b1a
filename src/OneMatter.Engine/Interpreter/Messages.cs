using System.Runtime.CompilerServices;
using OneMatter.Engine.Definitions;

namespace OneMatter.Engine.Interpreter;

/// <summary>Notification texts that depend only on the definition, made once per node.</summary>
internal static class Messages
{
    private static readonly ConditionalWeakTable<Node, string> Handoffs = [];

    public static string Handoff(Node node) =>
        Handoffs.GetValue(node, n => $"新的待办: {n.Name} (new task: {n.NameEn ?? n.Id})");
}
