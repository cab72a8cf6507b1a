namespace OneMatter.Server.Definitions;

/// <summary>One line of a line diff: <c>Op</c> is <c>" "</c> (both), <c>"-"</c> (only in the
/// older version) or <c>"+"</c> (only in the newer); line numbers are 1-based per side.</summary>
public sealed record DiffLineDto(string Op, int? OldLine, int? NewLine, string Text);
