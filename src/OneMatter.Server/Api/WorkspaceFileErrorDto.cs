namespace OneMatter.Server.Api;

/// <summary>One problem of an edit: in the edited text (<c>file</c> is its path) at its line and
/// column, or in a served definition that would no longer validate (<c>file</c> names the
/// definition and version, the position is in the definition's text).</summary>
public sealed record WorkspaceFileErrorDto(string File, int Line, int Column, string Message);
