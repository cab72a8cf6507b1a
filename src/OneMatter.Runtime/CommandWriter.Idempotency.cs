using System.Threading.Channels;
using OneMatter.Engine.Commands;
using OneMatter.Engine.Definitions;
using OneMatter.Engine.Instances;
using OneMatter.Engine.Interpreter;
using OneMatter.Engine.Persistence;

namespace OneMatter.Runtime;

/// <summary>Idempotency keys: a repeated key gets the first outcome and changes nothing.</summary>
public sealed partial class CommandWriter
{
    /// <summary>Answers commands whose idempotency key is already stored with the stored outcome,
    /// and sets aside repeats of a key earlier in the same group (they get that command's
    /// outcome). Returns the commands still to decide.</summary>
    private async Task<(List<PendingCommand> Active, List<(PendingCommand Repeat, PendingCommand First)> Duplicates)> SettleKnownKeysAsync(
        List<PendingCommand> group)
    {
        var active = new List<PendingCommand>(group.Count);
        var duplicates = new List<(PendingCommand, PendingCommand)>();
        var firstByKey = new Dictionary<string, PendingCommand>(StringComparer.Ordinal);
        foreach (var pending in group)
        {
            if (pending.IdempotencyKey is not { } key)
            {
                active.Add(pending);
                continue;
            }
            if (firstByKey.TryGetValue(key, out var first))
            {
                duplicates.Add((pending, first));
                continue;
            }
            try
            {
                if (await _store.FindIdempotentAsync(key).ConfigureAwait(false) is { } json)
                {
                    pending.Completion.TrySetResult(await ReplayAsync(json).ConfigureAwait(false));
                    continue;
                }
            }
#pragma warning disable CA1031 // A failing look-up fails this command alone.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                pending.Completion.TrySetException(ex);
                continue;
            }
            firstByKey[key] = pending;
            active.Add(pending);
        }
        return (active, duplicates);
    }

    private async Task<CommandOutcome> ReplayAsync(string json)
    {
        var stored = StoredOutcome.FromJson(json) ?? throw new InvalidOperationException("Stored idempotent outcome is empty.");
        // The stored outcome says where the command's events sit in the log; read them back so a
        // repeat sees the same events as the first submission without storing them twice.
        var log = await _store.EventsAsync(stored.InstanceId).ConfigureAwait(false);
        var first = (int)(stored.Version - stored.EventCount);
        var events = log.Skip(first).Take(stored.EventCount).ToList();
        return new CommandOutcome
        {
            InstanceId = stored.InstanceId,
            Status = stored.Status,
            Version = stored.Version,
            Events = events,
            Replayed = true,
        };
    }

    private static void CompleteDuplicates(List<(PendingCommand Repeat, PendingCommand First)> duplicates)
    {
        foreach (var (repeat, first) in duplicates)
        {
            var task = first.Completion.Task;
            if (task.IsCompletedSuccessfully)
            {
                // The same outcome as the first, marked as a replay; its effects were queued once.
                repeat.Completion.TrySetResult(task.Result with { Replayed = true, Effects = [], State = null });
            }
            else if (task.Exception is { } error)
            {
                repeat.Completion.TrySetException(error.InnerExceptions);
            }
            else
            {
                repeat.Completion.TrySetException(new InvalidOperationException("The first command with this idempotency key did not complete."));
            }
        }
    }
}
