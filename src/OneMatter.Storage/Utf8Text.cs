using System.Text;

namespace OneMatter.Storage;

/// <summary>
/// Text a commit already holds as UTF-8 (serialized events and effects). SQLite stores text as
/// UTF-8, so the native statement binds these bytes as they are; a .NET string would be
/// transcoded to UTF-16 by the serializer and back to UTF-8 by the binding, two copies per row
/// of a commit's largest values. PostgreSQL's path takes <see cref="ToString"/>.
/// </summary>
internal sealed class Utf8Text(byte[] bytes)
{
    /// <summary>The UTF-8 bytes, without a terminator.</summary>
    public byte[] Bytes { get; } = bytes;

    public override string ToString() => Encoding.UTF8.GetString(Bytes);

    /// <summary>A commit value as an ADO.NET parameter takes it: DBNull for null, a string for
    /// UTF-8 text, anything else as it is.</summary>
    public static object ParameterValue(object? value) => value switch
    {
        null => DBNull.Value,
        Utf8Text text => text.ToString(),
        _ => value,
    };
}
