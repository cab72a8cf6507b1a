using System.Threading.Channels;
using OneMatter.Engine.Commands;
using OneMatter.Engine.Definitions;
using OneMatter.Engine.Instances;
using OneMatter.Engine.Interpreter;
using OneMatter.Engine.Persistence;

namespace OneMatter.Runtime;

/// <summary>Deciding a group on the engine and committing it, re-deciding after a conflict with another writer.</summary>
public sealed partial class CommandWriter
{
    /// <summary>Decides the group and commits it, re-deciding after version conflicts. Returns the
    /// decisions once committed, or null when the commit failed otherwise (every command has been
    /// failed with that error).</summary>
    private async Task<Dictionary<PendingCommand, Decision>?> DecideAndCommitAsync(List<PendingCommand> active, DateTimeOffset now)
    {
        var givenUp = new HashSet<string>(StringComparer.Ordinal);
        var conflicted = new HashSet<string>(StringComparer.Ordinal);
        for (var attempt = 0; ; attempt++)
        {
            var decisions = await DecideAsync(active, now, givenUp, conflicted).ConfigureAwait(false);
            var changes = new List<MatterChange>();
            foreach (var pending in active)
            {
                if (decisions.TryGetValue(pending, out var decision) && decision.Change is { } change)
                {
                    changes.Add(change);
                }
            }
            if (changes.Count == 0)
            {
                return decisions;
            }
            try
            {
                // Not cancellable: once the group is being written its callers must learn whether it was.
                await _store.CommitAsync(changes, CancellationToken.None).ConfigureAwait(false);
                return decisions;
            }
            catch (ConcurrencyConflictException conflict)
            {
                // Another writer changed these instances after we read them: what we cached is
                // stale. Nothing was written; drop the stale snapshots and decide the group again
                // — the affected commands against the instances' new state, the others unchanged.
                IReadOnlyCollection<string> stale = conflict.InstanceIds.Count > 0
                    ? conflict.InstanceIds
                    : changes.Select(c => c.InstanceId).Distinct(StringComparer.Ordinal).ToList();
                foreach (var id in stale)
                {
                    _cache.Remove(id);
                    conflicted.Add(id);
                }
                if (attempt >= _options.MaxConflictRetries)
                {
                    // Another writer keeps winning on these instances: fail their commands so the
                    // rest of the group can still commit.
                    foreach (var pending in active.Where(p => stale.Contains(p.InstanceId, StringComparer.Ordinal)))
                    {
                        pending.Completion.TrySetException(conflict);
                    }
                    givenUp.UnionWith(stale);
                }
            }
#pragma warning disable CA1031 // A failing store fails the whole group (nothing was acknowledged) but not the loop.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                foreach (var pending in active)
                {
                    pending.Completion.TrySetException(ex);
                }
                return null;
            }
        }
    }

    /// <summary>Decides every command in order against the group's working state: a second
    /// command for the same instance sees the first one's result, as it will after commit.</summary>
    /// <param name="active">The commands, in order.</param>
    /// <param name="now">The group's instant.</param>
    /// <param name="skip">Instances given up on after repeated conflicts.</param>
    /// <param name="conflicted">Instances that conflicted in an earlier attempt: always read from the store.</param>
    private async Task<Dictionary<PendingCommand, Decision>> DecideAsync(List<PendingCommand> active, DateTimeOffset now, HashSet<string> skip,
        HashSet<string> conflicted)
    {
        var working = new Dictionary<string, MatterState?>(StringComparer.Ordinal);
        var decisions = new Dictionary<PendingCommand, Decision>();
        foreach (var pending in active)
        {
            if (skip.Contains(pending.InstanceId))
            {
                continue;
            }
            try
            {
                if (!working.TryGetValue(pending.InstanceId, out var state))
                {
                    // A start names a new id (receipt numbers are fresh), so it is decided as new
                    // without a read: if the id exists after all, the commit's version check
                    // reports a conflict and the retry reads the instance (and the engine rejects
                    // the second start).
                    state = pending.Command is StartMatter && !conflicted.Contains(pending.InstanceId)
                        ? _cache.Get(pending.InstanceId)
                        : await LoadAsync(pending.InstanceId).ConfigureAwait(false);
                    working[pending.InstanceId] = state;
                }
                var decision = Decide(pending, state, now);
                if (decision.Change is { } change)
                {
                    working[pending.InstanceId] = change.NewState;
                }
                decisions[pending] = decision;
            }
#pragma warning disable CA1031 // One bad command (unknown definition, engine bug, failing load) fails alone.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                decisions[pending] = Decision.Failed(ex);
            }
        }
        return decisions;
    }

    private async Task<MatterState?> LoadAsync(string instanceId)
    {
        if (_cache.Get(instanceId) is { } cached)
        {
            return cached;
        }
        var stored = await _store.LoadAsync(instanceId).ConfigureAwait(false);
        if (stored is null)
        {
            return null;
        }
        _cache.Put(stored.State); // committed state, so safe to cache
        return stored.State;
    }

    private Decision Decide(PendingCommand pending, MatterState? state, DateTimeOffset now)
    {
        if (state is null && pending.Command is not StartMatter)
        {
            // No definition to hand the engine; answer as the engine would for a matter not started.
            var missing = new Rejection(RejectionCode.NotAllowedInState, $"事项 {pending.InstanceId} 不存在 (no matter {pending.InstanceId})");
            return new Decision(new CommandOutcome { InstanceId = pending.InstanceId, Status = CommandStatus.Rejected, Rejection = missing }, null, null);
        }
        var definition = Definition(pending, state);
        var result = _engine.Handle(definition, state, pending.Command, now);
        var version = state?.Version ?? 0;
        if (!result.Applied)
        {
            return new Decision(new CommandOutcome
            {
                InstanceId = pending.InstanceId,
                Status = result.Status,
                Rejection = result.Rejection,
                Version = version,
                State = state,
            }, null, null);
        }
        var newState = result.State!;
        var change = new MatterChange
        {
            InstanceId = newState.InstanceId,
            ExpectedVersion = version,
            NewState = newState,
            Events = result.Events,
            Effects = result.Effects,
            Actor = new CommandActor(pending.Command.Actor.Id, pending.Command.Actor.Unit),
            IdempotencyKey = pending.IdempotencyKey,
            ResultJson = pending.IdempotencyKey is null
                ? null
                : new StoredOutcome(newState.InstanceId, CommandStatus.Applied, newState.Version, result.Events.Count).ToJson(),
        };
        var outcome = new CommandOutcome
        {
            InstanceId = newState.InstanceId,
            Status = CommandStatus.Applied,
            Version = newState.Version,
            Events = result.Events,
            Effects = result.Effects,
            State = newState,
        };
        return new Decision(outcome, change, null);
    }

    private MatterDefinition Definition(PendingCommand pending, MatterState? state)
    {
        if (state is not null)
        {
            // An instance stays on the version it started with.
            return _definitions.Find(state.DefinitionId, state.DefinitionVersion)
                ?? throw new InvalidOperationException($"Definition {state.DefinitionId} v{state.DefinitionVersion} of {state.InstanceId} is not loaded.");
        }
        var id = pending.DefinitionId ?? throw new InvalidOperationException($"No definition named for starting {pending.InstanceId}.");
        return (pending.DefinitionVersion is { } v ? _definitions.Find(id, v) : _definitions.Latest(id))
            ?? throw new InvalidOperationException($"Definition {id}{(pending.DefinitionVersion is { } n ? " v" + n : "")} is not loaded.");
    }
}
