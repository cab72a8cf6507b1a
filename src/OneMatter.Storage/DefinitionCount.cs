namespace OneMatter.Storage;

/// <summary>How many instances of a definition are in a status (Running, Ended).</summary>
public sealed record DefinitionCount(string DefinitionId, string Status, int Count);
