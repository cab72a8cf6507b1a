namespace OneMatter.Server.Definitions;

/// <summary>A structural change between two versions: a top-level key (<c>deadline</c>, <c>form</c>)
/// or a node (<c>nodes.accept</c>) that was <c>added</c>, <c>removed</c> or <c>changed</c>.</summary>
public sealed record DefinitionChangeDto(string Path, string Kind);
