namespace OneMatter.Server.Definitions;

/// <summary>A definition text sent as JSON instead of raw YAML: <c>{"yaml": "…"}</c>.</summary>
public sealed record JsonYamlBody(string? Yaml);
