namespace OneMatter.Engine.Loading;

/// <summary>The marker <see cref="GuardedParser"/> gives a repeated mapping key so the
/// representation model keeps loading; readers recognise it and report the duplicate.</summary>
internal static class DuplicateKey
{
    // Control characters cannot appear in a plain YAML key, so the marker never clashes.
    private const char Sentinel = '\u0001';

    public static string Mark(string key, int serial) => $"{Sentinel}{serial}{Sentinel}{key}";

    /// <summary>Whether <paramref name="key"/> is a marker, and the original key if so.</summary>
    public static bool TryRead(string key, out string original)
    {
        if (key.Length > 0 && key[0] == Sentinel)
        {
            original = key[(key.IndexOf(Sentinel, 1) + 1)..];
            return true;
        }
        original = key;
        return false;
    }
}
