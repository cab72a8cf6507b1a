namespace OneMatter.Storage;

/// <summary>
/// The id of one effect in the outbox, where a row holds the effects of one command: the row's
/// id and the effect's position in it, packed into one number so dispatchers keep handling
/// plain, commit-ordered ids (row order first, then position).
/// </summary>
internal static class OutboxEffectId
{
    /// <summary>Effects one row may hold; a command with more is written as several rows.</summary>
    public const int MaxPerRow = 1 << PositionBits;

    private const int PositionBits = 16;

    public static long Of(long row, int position) => (row << PositionBits) | (uint)position;

    public static long Row(long id) => id >> PositionBits;

    public static int Position(long id) => (int)(id & (MaxPerRow - 1));
}
