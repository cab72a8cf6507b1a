namespace OneMatter.Engine.Forms;

/// <summary>A field that failed validation, with a message for the person filling it in.</summary>
public sealed record FieldError(string Field, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"{Field}: {Message}";
}
