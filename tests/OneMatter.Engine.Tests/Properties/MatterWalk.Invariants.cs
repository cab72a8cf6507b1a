using OneMatter.Engine.Definitions;
using OneMatter.Engine.Events;
using OneMatter.Engine.Instances;
using OneMatter.Engine.Interpreter;
using OneMatter.Engine.Tests.Interpreter;

namespace OneMatter.Engine.Tests.Properties;

internal sealed partial class MatterWalk
{
    /// <summary>What must hold after every applied command, whatever came before.</summary>
    private void CheckInvariants()
    {
        var state = _state!;

        // 1. An ended matter leaves nothing behind.
        if (state.Status == MatterStatus.Ended)
        {
            Assert.Empty(state.Tasks);
            Assert.Empty(state.Tokens);
            Assert.Empty(state.Timers);
            Assert.Empty(state.Deadlines);
            Assert.Empty(state.Joins);
        }
        Assert.Equal(state.Status == MatterStatus.Ended ? 1 : 0, _events.OfType<MatterEnded>().Count());

        // 2. Every split's join fires at most once.
        foreach (var split in _events.OfType<JoinFired>().GroupBy(f => f.Split))
        {
            Assert.True(split.Count() == 1, $"the join of split {split.Key} fired {split.Count()} times");
        }

        // 3. Each escalation rule of each deadline fires at most once; a warning at most once.
        foreach (var rule in _events.OfType<DeadlineEscalated>().GroupBy(e => (e.Deadline, e.Rule)))
        {
            Assert.True(rule.Count() == 1, $"rule {rule.Key.Rule} of deadline {rule.Key.Deadline} fired {rule.Count()} times");
        }
        foreach (var warned in _events.OfType<DeadlineEscalated>().Where(e => e.Action == EscalationAction.Warn).GroupBy(e => e.Deadline))
        {
            Assert.True(warned.Count() == 1, $"deadline {warned.Key} warned {warned.Count()} times");
        }

        // 4. The events rebuild the state.
        Assert.Equal(StateJson.Of(state), StateJson.Of(MatterEngine.Replay(_events)));

        // 6. Every task's token exists and stands at the task's node.
        foreach (var task in state.Tasks)
        {
            var token = state.Tokens.SingleOrDefault(t => t.Id == task.Token);
            Assert.True(token is not null, $"task {task.Id} waits on token {task.Token}, which is gone");
            Assert.True(token.Node == task.Node, $"task {task.Id} at {task.Node} has token {token.Id} at {token.Node}");
        }

        // 7. No two open tasks share a token.
        foreach (var shared in state.Tasks.GroupBy(t => t.Token).Where(g => g.Count() > 1))
        {
            Assert.Fail($"tasks {string.Join(", ", shared.Select(t => t.Id))} share token {shared.Key}");
        }

        CheckNothingLost(state);
    }

    /// <summary>Beyond the seven: a running matter has a live token, every token waits on
    /// something that will move it (a task, a timer, a child matter), every timer, task
    /// deadline and open split belongs to something still there, and the legal clock stops only for 补正.</summary>
    private void CheckNothingLost(MatterState state)
    {
        if (state.Status != MatterStatus.Running)
        {
            return;
        }
        Assert.True(state.Tokens.Length > 0, "a running matter has no token left");
        foreach (var token in state.Tokens)
        {
            var waits = _definition.Node(token.Node) switch
            {
                TaskNode or ApplicantTaskNode => state.Tasks.Any(t => t.Token == token.Id),
                TimerNode => state.Timers.Any(t => t.Kind == TimerKind.Node && t.Token == token.Id),
                CallNode => state.Calls.Any(c => c.Token == token.Id),
                _ => false,
            };
            Assert.True(waits, $"token {token.Id} at {token.Node} waits on nothing");
        }
        foreach (var timer in state.Timers)
        {
            var owner = timer.Kind switch
            {
                TimerKind.Node => state.Tokens.Any(t => t.Id == timer.Token),
                TimerKind.Timeout => state.Tasks.Any(t => t.Id == timer.Task),
                _ => state.Deadlines.Any(d => d.Id == timer.Deadline),
            };
            Assert.True(owner, $"timer {timer.Id} ({timer.Kind}) belongs to nothing");
        }
        foreach (var join in state.Joins)
        {
            // An open split still has a branch running: a token, or a split opened inside it.
            var inner = join.ParentScope.Length == 0 ? join.Split : join.ParentScope + "/" + join.Split;
            var alive = state.Tokens.Any(t => t.Scope == inner || t.Scope.StartsWith(inner + "/", StringComparison.Ordinal))
                || state.Joins.Any(j => j.ParentScope == inner || j.ParentScope.StartsWith(inner + "/", StringComparison.Ordinal));
            Assert.True(alive, $"split {join.Split} of join {join.JoinNode} is open with no branch running");
        }
        foreach (var deadline in state.Deadlines.Where(d => d.Task is not null))
        {
            Assert.True(state.Tasks.Any(t => t.Id == deadline.Task), $"deadline {deadline.Id} limits task {deadline.Task}, which is gone");
        }

        // The legal clock stands still exactly while a correction that stops it is open, and a
        // stopped clock escalates nothing.
        if (state.MatterDeadline is { } matter)
        {
            var correcting = state.Tasks.Any(t => _definition.Node(t.Node) is ApplicantTaskNode { PausesClock: true });
            Assert.True(correcting == matter.PausedRemaining.HasValue,
                $"the matter clock is {(matter.PausedRemaining.HasValue ? "stopped" : "running")} with{(correcting ? "" : "out")} a correction open");
            if (matter.PausedRemaining.HasValue)
            {
                Assert.DoesNotContain(state.Timers, t => t.Deadline == matter.Id);
            }
        }
    }
}
