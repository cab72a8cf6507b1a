using Microsoft.Extensions.Time.Testing;
using OneMatter.Engine.Calendar;
using OneMatter.Engine.Commands;
using OneMatter.Engine.Definitions;
using OneMatter.Engine.Events;
using OneMatter.Engine.Instances;
using OneMatter.Engine.Interpreter;
using OneMatter.Engine.Tests.Interpreter;

namespace OneMatter.Engine.Tests.Properties;

/// <summary>
/// Drives one matter through the real engine by a <see cref="Walk"/>: at each step it lists the
/// commands that make sense for the current state, lets the walk's choice pick one, sends it and
/// checks the invariants (<see cref="CheckInvariants"/>) after it. A failure carries the trace of
/// every command sent so far.
/// </summary>
internal sealed partial class MatterWalk
{
    private static readonly TimeSpan[] Spans =
        [TimeSpan.FromMinutes(30), TimeSpan.FromHours(3), TimeSpan.FromDays(1), TimeSpan.FromDays(2), TimeSpan.FromDays(5), TimeSpan.FromDays(12)];

    private static readonly string[] Areas = ["60", "150", "250"];

    private static readonly Actor Applicant = Actor.ApplicantAccount("alice");

    private static readonly Actor Supervisor = Actor.Supervisor("sup", "command");

    private static readonly MatterEngine Engine =
        new(TestOrg.Directory, new Dictionary<string, BusinessCalendar> { ["cn-mainland"] = MatterHarness.Calendar });

    private readonly MatterDefinition _definition;
    private readonly FakeTimeProvider _clock = new(MatterHarness.Monday);
    private readonly List<MatterEvent> _events = [];
    private readonly List<string> _trace = [];
    private readonly HashSet<string> _tasksSeen = new(StringComparer.Ordinal);
    private readonly HashSet<string> _timersSeen = new(StringComparer.Ordinal);
    private MatterState? _state;

    private MatterWalk(MatterDefinition definition) => _definition = definition;

    private sealed record Move(string What, Action Do);

    /// <summary>Starts a matter with the form and walks it; throws with the trace when an
    /// invariant breaks or the engine throws.</summary>
    public static void Run(MatterDefinition definition, Func<int, IReadOnlyDictionary<string, string?>> form, Walk walk)
    {
        var w = new MatterWalk(definition);
        try
        {
            var result = w.Send(new StartMatter { Actor = Applicant, InstanceId = "M1", Form = form(walk.Choices.FirstOrDefault()), QueryCode = "Q1" }, "start");
            Assert.True(result.Applied, $"start was {result.Status}: {result.Rejection}");
            foreach (var choice in walk.Choices)
            {
                if (w._state!.Status == MatterStatus.Ended)
                {
                    w.PokeEnded();
                    break;
                }
                var moves = w.Moves(choice);
                var move = moves[choice / 20 % moves.Count];
                move.Do();
            }
        }
        catch (Exception ex)
        {
            throw new Xunit.Sdk.XunitException(
                $"{ex.GetType().Name}: {ex.Message}{Environment.NewLine}after:{Environment.NewLine}  {string.Join(Environment.NewLine + "  ", w._trace)}"
                + $"{Environment.NewLine}open tasks: {string.Join(", ", w._state?.Tasks.Select(t => t.Id) ?? [])}", ex);
        }
    }

    private EngineResult Send(MatterCommand command, string what)
    {
        var before = _state;
        var result = Engine.Handle(_definition, before, command, _clock.GetUtcNow());
        _trace.Add($"{_clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)):MM-dd HH:mm} {what} → {result.Status}{(result.Rejection is { } r ? $" ({r.Code})" : "")}");
        if (!result.Applied)
        {
            // Invariant 5: a rejected or ignored command changes nothing.
            Assert.Same(before, result.State);
            Assert.Empty(result.Events);
            Assert.Empty(result.Effects);
            return result;
        }
        _state = result.State!;
        _events.AddRange(result.Events);
        foreach (var task in _state.Tasks)
        {
            _tasksSeen.Add(task.Id);
        }
        foreach (var timer in _state.Timers)
        {
            _timersSeen.Add(timer.Id);
        }
        CheckInvariants();
        return result;
    }

    /// <summary>Sends a command built to be invalid: it must not be applied.</summary>
    private void SendInvalid(MatterCommand command, string what) =>
        Assert.False(Send(command, what).Applied, $"{what} was applied");

    /// <summary>After the end nothing applies any more.</summary>
    private void PokeEnded()
    {
        foreach (var task in _tasksSeen.Order(StringComparer.Ordinal).Take(3))
        {
            SendInvalid(new CompleteTask { Actor = Actor.Officer("x", "agri"), TaskId = task, Outcome = "ok" }, $"complete {task} after the end");
        }
        foreach (var timer in _timersSeen.Order(StringComparer.Ordinal).Take(3))
        {
            SendInvalid(new FireTimer { Actor = Actor.System, TimerId = timer }, $"fire {timer} after the end");
        }
        SendInvalid(new WithdrawMatter { Actor = Applicant }, "withdraw after the end");
        SendInvalid(new CancelMatter { Actor = Supervisor, Reason = "again" }, "cancel after the end");
    }
}
