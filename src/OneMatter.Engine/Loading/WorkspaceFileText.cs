namespace OneMatter.Engine.Loading;

/// <summary>A workspace file's text that replaces the file shipped in <c>workflows/</c>: the
/// newest version an administrator saved (next year's holidays, a renamed unit).</summary>
/// <param name="Path">Relative to <c>workflows/</c> with forward slashes, e.g. <c>calendars/cn-mainland.yaml</c>.</param>
/// <param name="Text">The whole file.</param>
/// <param name="Label">What errors in it are reported as, e.g. <c>calendars/cn-mainland.yaml (stored version 3)</c>,
/// so a log line says which version is at fault, not the shipped file.</param>
public sealed record WorkspaceFileText(string Path, string Text, string Label);
