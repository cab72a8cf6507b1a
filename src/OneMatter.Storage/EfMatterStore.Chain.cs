using Microsoft.EntityFrameworkCore;
using OneMatter.Engine.Persistence;

namespace OneMatter.Storage;

internal sealed partial class EfMatterStore
{
    public async Task<IReadOnlyList<ChainBreak>> VerifyChainAsync(CancellationToken cancellationToken = default)
    {
        var breaks = new List<ChainBreak>();
        var db = CreateDbContext();
        await using (db.ConfigureAwait(false))
        {
            var heads = await db.Instances.AsNoTracking()
                .Select(i => new { i.Id, i.Version, i.ChainHead })
                .ToDictionaryAsync(i => i.Id, StringComparer.Ordinal, cancellationToken).ConfigureAwait(false);
            var seen = new HashSet<string>(StringComparer.Ordinal);
            string? instance = null;
            long expected = 0;
            var previous = "";
            // Streamed in key order so memory stays flat however long the log.
            var rows = db.Events.AsNoTracking().OrderBy(e => e.InstanceId).ThenBy(e => e.Sequence)
                .Select(e => new { e.InstanceId, e.Sequence, e.Json, e.Hash, e.PreviousHash })
                .AsAsyncEnumerable().WithCancellation(cancellationToken).ConfigureAwait(false);
            await foreach (var row in rows)
            {
                if (row.InstanceId != instance)
                {
                    CheckTail(instance, expected, previous);
                    instance = row.InstanceId;
                    seen.Add(instance);
                    expected = 0;
                    previous = "";
                    if (!heads.ContainsKey(instance))
                    {
                        breaks.Add(new ChainBreak(instance, row.Sequence, "events of an instance that does not exist"));
                    }
                }
                expected++;
                if (row.Sequence != expected)
                {
                    breaks.Add(new ChainBreak(row.InstanceId, expected, $"event {expected} is missing (next stored is {row.Sequence})"));
                    expected = row.Sequence;
                }
                if (row.PreviousHash != previous)
                {
                    breaks.Add(new ChainBreak(row.InstanceId, row.Sequence, "previous-hash link does not match the event before"));
                }
                if (EventChain.Hash(row.PreviousHash, row.Json) != row.Hash)
                {
                    breaks.Add(new ChainBreak(row.InstanceId, row.Sequence, "event content does not match its hash (changed after it was written)"));
                }
                previous = row.Hash;
            }
            CheckTail(instance, expected, previous);
            foreach (var head in heads.Values.Where(h => h.Version > 0 && !seen.Contains(h.Id)))
            {
                breaks.Add(new ChainBreak(head.Id, 1, $"instance is at version {head.Version} but has no events"));
            }

            void CheckTail(string? id, long last, string hash)
            {
                if (id is null || !heads.TryGetValue(id, out var head))
                {
                    return;
                }
                if (last != head.Version)
                {
                    breaks.Add(new ChainBreak(id, last, $"log ends at event {last} but the instance is at version {head.Version}"));
                }
                else if (hash != head.ChainHead)
                {
                    breaks.Add(new ChainBreak(id, last, "last event's hash is not the instance's chain head"));
                }
            }
        }
        return breaks;
    }
}
