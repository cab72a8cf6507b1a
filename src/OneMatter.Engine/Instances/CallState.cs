namespace OneMatter.Engine.Instances;

/// <summary>A child matter started by a call node, awaited by a token.</summary>
public sealed record CallState(string Child, string Node, string Token);
