using OneMatter.Engine.Commands;
using OneMatter.Engine.Definitions;
using OneMatter.Engine.Instances;

namespace OneMatter.Engine.Tests.Properties;

/// <summary>The commands a walk may send at a step, by kind: completions, claims, handoffs,
/// returns, the clock, corrections, commands that must be refused, and rare drastic ones.</summary>
internal sealed partial class MatterWalk
{
    private List<Move> Moves(int choice)
    {
        if (choice % 41 == 0 && Rare() is { Count: > 0 } rare)
        {
            return rare;
        }
        var moves = (choice % 20) switch
        {
            < 10 => Completions(),
            < 12 => Claims(),
            12 => Handoffs(),
            < 15 => Returns(),
            < 18 => Advances(),
            18 => Corrections(),
            _ => Invalid(),
        };
        return moves.Count > 0 ? moves : [.. Completions(), .. Corrections(), .. Advances()];
    }

    private IEnumerable<(TaskState Task, WorkItem Item)> OfferedItems() =>
        _state!.Tasks.Where(t => !t.ForApplicant)
            .SelectMany(t => t.Items.Where(i => i.Status == WorkItemStatus.Offered).Select(i => (t, i)));

    /// <summary>The officer who may act on a work item: its claimant, its named user, or an
    /// officer of its unit holding its role.</summary>
    private static Actor OfficerFor(WorkItem item) =>
        Actor.Officer(item.ClaimedBy ?? item.User ?? "a." + item.Unit, item.Unit!, item.Role is null ? [] : [item.Role]);

    private List<Move> Completions()
    {
        var moves = new List<Move>();
        foreach (var (task, item) in OfferedItems())
        {
            var node = (TaskNode)_definition.Node(task.Node);
            var officer = OfficerFor(item);
            // The agreeing outcome counts three times, so walks get past the early exits.
            foreach (var outcome in node.Outcomes.Prepend(node.Outcomes[0]).Prepend(node.Outcomes[0]))
            {
                moves.Add(new Move($"complete {task.Id} ({item.Id}) {outcome.Id}", () =>
                    Send(new CompleteTask { Actor = officer, TaskId = task.Id, Outcome = outcome.Id }, $"complete {task.Id} ({item.Id}) {outcome.Id}")));
            }
            if (node.Skippable)
            {
                moves.Add(new Move($"skip {task.Id}", () => Send(new SkipTask { Actor = officer, TaskId = task.Id, Reason = "skip" }, $"skip {task.Id}")));
            }
        }
        return moves;
    }

    private List<Move> Corrections()
    {
        var moves = new List<Move>();
        foreach (var task in _state!.Tasks.Where(t => t.ForApplicant))
        {
            foreach (var area in Areas)
            {
                moves.Add(new Move($"correct {task.Id} area={area}", () =>
                    Send(new CorrectMaterials { Actor = Applicant, TaskId = task.Id, Changes = new Dictionary<string, string?> { ["area"] = area } }, $"correct {task.Id} area={area}")));
            }
        }
        return moves;
    }

    private List<Move> Claims()
    {
        var moves = new List<Move>();
        foreach (var (task, item) in OfferedItems())
        {
            if (item.ClaimedBy is null)
            {
                var officer = OfficerFor(item);
                moves.Add(new Move($"claim {item.Id}", () => Send(new ClaimTask { Actor = officer, TaskId = task.Id }, $"claim {task.Id} by {officer.Id}")));
                continue;
            }
            var holder = OfficerFor(item);
            var other = Actor.Officer("b." + item.Unit, item.Unit!);
            moves.Add(new Move($"release {item.Id}", () => Send(new ReleaseTask { Actor = holder, TaskId = task.Id }, $"release {task.Id} by {holder.Id}")));
            // Refused unless the task has another free work item for the unit (加签, 改派).
            var free = task.Items.Any(i => i.Status == WorkItemStatus.Offered && i.Unit == item.Unit && i.ClaimedBy is null && i.User is null && i.Role is null);
            moves.Add(new Move($"claim {item.Id} by another", free
                ? () => Send(new ClaimTask { Actor = other, TaskId = task.Id }, $"claim {task.Id} by {other.Id}")
                : () => SendInvalid(new ClaimTask { Actor = other, TaskId = task.Id }, $"claim {task.Id} by {other.Id}")));
        }
        return moves;
    }

    /// <summary>转办, 委派 and its return, 加签 and 减签.</summary>
    private List<Move> Handoffs()
    {
        var moves = new List<Move>();
        foreach (var (task, item) in OfferedItems())
        {
            var officer = OfficerFor(item);
            if (item.Delegation is not null)
            {
                moves.Add(new Move($"resolve {item.Id}", () => Send(new ResolveDelegation { Actor = officer, TaskId = task.Id, Comment = "办结" }, $"resolve {item.Id} by {officer.Id}")));
                continue;
            }
            var to = item.Unit == "agri" ? "land" : "agri";
            moves.Add(new Move($"transfer {item.Id} to {to}", () => Send(new TransferTask { Actor = officer, TaskId = task.Id, ToUnit = to }, $"transfer {task.Id} to {to} by {officer.Id}")));
            moves.Add(new Move($"delegate {item.Id}", () => Send(new DelegateTask { Actor = officer, TaskId = task.Id, ToUnit = "east-gov" }, $"delegate {task.Id} to east-gov by {officer.Id}")));
            moves.Add(new Move($"add signer to {task.Id}", () => Send(new AddSigner { Actor = officer, TaskId = task.Id, Unit = "fire" }, $"add signer fire to {task.Id} by {officer.Id}")));
            foreach (var other in task.Items.Where(i => i.Id != item.Id && i.Status != WorkItemStatus.Done))
            {
                moves.Add(new Move($"remove signer {other.Id}", () => Send(new RemoveSigner { Actor = officer, TaskId = task.Id, WorkItemId = other.Id }, $"remove signer {other.Id} by {officer.Id}")));
            }
        }
        return moves;
    }

    private List<Move> Returns()
    {
        var moves = new List<Move>();
        var passed = _state!.Records.Keys
            .Where(n => _definition.Node(n) is TaskNode or ApplicantTaskNode)
            .Order(StringComparer.Ordinal)
            .ToList();
        foreach (var task in _state.Tasks)
        {
            var item = task.Items.FirstOrDefault(i => i.Status == WorkItemStatus.Offered && !task.ForApplicant);
            var actor = item is null ? Supervisor : OfficerFor(item);
            foreach (var node in passed)
            {
                moves.Add(new Move($"return {task.Id} to {node}", () =>
                    Send(new ReturnTask { Actor = actor, TaskId = task.Id, ToNode = node, Reason = "退回" }, $"return {task.Id} to {node} by {actor.Id}")));
            }
        }
        return moves;
    }

    private List<Move> Advances() =>
        [.. Spans.Select(span => new Move($"advance {span}", () => Advance(span)))];

    /// <summary>Moves the clock and fires every timer that falls due on the way, in due order;
    /// a due timer always fires.</summary>
    private void Advance(TimeSpan span)
    {
        var until = _clock.GetUtcNow() + span;
        _trace.Add($"advance {span}");
        while (_state!.Status == MatterStatus.Running
            && _state.Timers.Where(t => t.Due <= until).OrderBy(t => t.Due).FirstOrDefault() is { } timer)
        {
            if (timer.Due > _clock.GetUtcNow())
            {
                _clock.SetUtcNow(timer.Due);
            }
            var result = Send(new FireTimer { Actor = Actor.System, TimerId = timer.Id }, $"fire {timer.Id} ({timer.Kind})");
            Assert.True(result.Applied, $"due timer {timer.Id} was {result.Status}: {result.Rejection}");
        }
        _clock.SetUtcNow(until);
    }

    /// <summary>Commands that cannot apply: stale tasks and timers, timers not yet due, unknown
    /// outcomes, strangers, fields the correction may not change.</summary>
    private List<Move> Invalid()
    {
        var moves = new List<Move>();
        var open = _state!.Tasks.Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var stale in _tasksSeen.Where(t => !open.Contains(t)).Order(StringComparer.Ordinal))
        {
            moves.Add(new Move($"complete stale {stale}", () =>
                SendInvalid(new CompleteTask { Actor = Actor.Officer("x", "agri"), TaskId = stale, Outcome = "ok" }, $"complete stale {stale}")));
        }
        var pending = _state.Timers.Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var stale in _timersSeen.Where(t => !pending.Contains(t)).Order(StringComparer.Ordinal))
        {
            moves.Add(new Move($"fire stale {stale}", () => SendInvalid(new FireTimer { Actor = Actor.System, TimerId = stale }, $"fire stale {stale}")));
        }
        foreach (var early in _state.Timers.Where(t => t.Due > _clock.GetUtcNow()))
        {
            moves.Add(new Move($"fire early {early.Id}", () => SendInvalid(new FireTimer { Actor = Actor.System, TimerId = early.Id }, $"fire early {early.Id}")));
        }
        foreach (var (task, item) in OfferedItems())
        {
            var officer = OfficerFor(item);
            moves.Add(new Move($"complete {task.Id} nonsense", () =>
                SendInvalid(new CompleteTask { Actor = officer, TaskId = task.Id, Outcome = "no-such-outcome" }, $"complete {task.Id} no-such-outcome")));
            var stranger = Actor.Officer("s.west-v1-committee", "west-v1-committee");
            moves.Add(new Move($"complete {task.Id} by a stranger", () =>
                SendInvalid(new CompleteTask { Actor = stranger, TaskId = task.Id, Outcome = ((TaskNode)_definition.Node(task.Node)).Outcomes[0].Id }, $"complete {task.Id} by a stranger")));
        }
        foreach (var task in _state.Tasks.Where(t => t.ForApplicant))
        {
            moves.Add(new Move($"correct {task.Id} by a stranger", () =>
                SendInvalid(new CorrectMaterials { Actor = Actor.ApplicantAccount("mallory"), TaskId = task.Id, Changes = new Dictionary<string, string?> { ["area"] = "100" } }, $"correct {task.Id} by mallory")));
        }
        return moves;
    }

    /// <summary>Rare and drastic: withdraw, close the matter, cancel one task.</summary>
    private List<Move> Rare()
    {
        List<Move> moves =
        [
            new("withdraw", () => Send(new WithdrawMatter { Actor = Applicant, Reason = "不办了" }, "withdraw")),
            new("cancel matter", () => Send(new CancelMatter { Actor = Supervisor, Reason = "关闭" }, "cancel matter")),
        ];
        foreach (var task in _state!.Tasks)
        {
            moves.Add(new Move($"cancel {task.Id}", () => Send(new CancelTask { Actor = Supervisor, TaskId = task.Id, Reason = "撤销" }, $"cancel {task.Id}")));
        }
        return moves;
    }
}
