using System.Collections.Immutable;
using System.Globalization;
using OneMatter.Engine.Definitions;
using OneMatter.Engine.Effects;
using OneMatter.Engine.Events;
using OneMatter.Engine.Instances;

namespace OneMatter.Engine.Interpreter;

/// <summary>Ending paths and the matter: explicit and implicit termination.</summary>
internal sealed partial class Decider
{
    private void ReachEnd(Token token, EndNode end)
    {
        if (end.Terminate)
        {
            EndMatter(end.Result, end.Id, null);
            return;
        }
        Consume(token, abandoned: true);
        EndIfNothingLeft(end.Result, end.Id);
    }

    /// <summary>Implicit termination: with no token left, the matter is over.</summary>
    private void EndIfNothingLeft(EndResult result, string? node)
    {
        if (_state.Status == MatterStatus.Running && _state.Tokens.Count == 0)
        {
            EndMatter(result, node, null);
        }
    }

    private void Consume(Token token, bool abandoned)
    {
        Emit(new TokenConsumed { At = Now, Actor = Who, Unit = WhoUnit, Token = token.Id, Abandoned = abandoned });
        if (abandoned && token.InnermostSplit is { } split)
        {
            CheckJoin(split);
        }
    }

    /// <summary>Ends the matter: everything open is cancelled first, so no task outlives it.</summary>
    private void EndMatter(EndResult result, string? node, string? reason)
    {
        foreach (var task in _state.Tasks.ToList())
        {
            // The clock is not resumed for a matter that is ending anyway.
            CloseTask(task, "事项已办结 (the matter has ended)", resumeClock: false);
        }
        foreach (var deadline in _state.Deadlines.ToList())
        {
            ClearDeadline(deadline);
        }
        foreach (var timer in _state.Timers.ToList())
        {
            CancelTimerById(timer.Id);
        }
        foreach (var call in _state.Calls.ToList())
        {
            WithdrawCall(call);
        }
        Emit(new MatterEnded { At = Now, Actor = Who, Unit = WhoUnit, Result = result, Node = node, Reason = reason });
        NotifyApplicant(NotificationKind.Status, $"事项已办结: {result} (the matter has ended: {result})");
        if (_state.Parent is { } parent)
        {
            Effect(new ReportToParent { InstanceId = InstanceId, ParentInstanceId = parent, Result = result });
        }
    }
}
