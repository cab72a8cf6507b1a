namespace OneMatter.Engine.Persistence;

/// <summary>An attempt to overwrite a published definition version or an issued document with
/// different content. Both are immutable once stored: publish a new version instead.</summary>
public sealed class ImmutableRecordException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ImmutableRecordException() { }

    /// <summary>Creates the exception with a message.</summary>
    public ImmutableRecordException(string message) : base(message) { }

    /// <summary>Creates the exception with a message and cause.</summary>
    public ImmutableRecordException(string message, Exception innerException) : base(message, innerException) { }
}
