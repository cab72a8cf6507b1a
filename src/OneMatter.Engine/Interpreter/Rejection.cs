namespace OneMatter.Engine.Interpreter;

/// <summary>A refused command: code, a message a user understands, and the field concerned.</summary>
public sealed record Rejection(RejectionCode Code, string Message, string? Field = null)
{
    /// <summary>Every invalid field, for <see cref="RejectionCode.InvalidField"/>.</summary>
    public IReadOnlyList<Forms.FieldError> Errors { get; init; } = [];

    /// <inheritdoc />
    public override string ToString() => Field is null ? $"{Code}: {Message}" : $"{Code} ({Field}): {Message}";
}
