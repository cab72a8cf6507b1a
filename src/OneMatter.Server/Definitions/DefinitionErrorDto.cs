namespace OneMatter.Server.Definitions;

/// <summary>One problem of a definition text, positioned for the designer's editor (1-based; 0
/// when it concerns the whole text).</summary>
public sealed record DefinitionErrorDto(int Line, int Column, string Message);
