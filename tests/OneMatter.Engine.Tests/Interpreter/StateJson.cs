using System.Text.Json;
using OneMatter.Engine.Instances;

namespace OneMatter.Engine.Tests.Interpreter;

/// <summary>States compare by their JSON: records with immutable collections do not compare
/// structurally, and JSON is also what a snapshot store keeps.</summary>
internal static class StateJson
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = false };

    public static string Of(MatterState state) => JsonSerializer.Serialize(state, Options);
}
