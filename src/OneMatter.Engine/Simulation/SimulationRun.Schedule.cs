using OneMatter.Engine.Commands;
using OneMatter.Engine.Definitions;
using OneMatter.Engine.Events;
using OneMatter.Engine.Instances;

namespace OneMatter.Engine.Simulation;

/// <summary>Choosing the next thing that happens, and writing the timeline.</summary>
internal sealed partial class SimulationRun
{
    private (DateTimeOffset At, MatterCommand Command)? NextCommand()
    {
        // At one instant: holders finish first (work done at the close of the last day is on
        // time), then child matters report, then timers and escalation points.
        (DateTimeOffset At, int Order, MatterCommand Command)? best = null;
        void Consider(DateTimeOffset at, int order, MatterCommand command)
        {
            if (best is null || at < best.Value.At || (at == best.Value.At && order < best.Value.Order))
            {
                best = (at, order, command);
            }
        }
        foreach (var timer in _state!.Timers)
        {
            if (timer.Kind != TimerKind.Escalation || _script.Escalate)
            {
                Consider(timer.Due, timer.Kind == TimerKind.Escalation ? 3 : 2, new FireTimer { Actor = Actor.System, TimerId = timer.Id });
            }
        }
        foreach (var (at, child, result) in _childEnds)
        {
            if (_state.Calls.Any(c => c.Child == child))
            {
                Consider(at, 1, new CompleteCall { Actor = Actor.System, ChildInstanceId = child, Result = result });
            }
        }
        foreach (var task in _state.Tasks)
        {
            if (_taskDue.TryGetValue(task.Id, out var due) && CommandFor(task) is { } command)
            {
                Consider(due, 0, command);
            }
        }
        return best is null ? null : (best.Value.At, best.Value.Command);
    }

    private MatterCommand? CommandFor(TaskState task)
    {
        var step = _stepOf[task.Id];
        if (task.ForApplicant)
        {
            return new CorrectMaterials { Actor = Actor.ApplicantAccount(Applicant), TaskId = task.Id, Changes = step.Changes };
        }
        var item = task.Items.FirstOrDefault(i => i.Status == WorkItemStatus.Offered);
        if (item?.Unit is null)
        {
            return null;
        }
        var node = (TaskNode)_definition.Node(task.Node);
        var roles = item.Role is null ? Array.Empty<string>() : [item.Role];
        return new CompleteTask
        {
            Actor = Actor.Officer(item.User ?? "sim." + item.Unit, item.Unit, roles),
            TaskId = task.Id,
            Outcome = step.Outcome ?? node.Outcomes[0].Id,
            // Officers fill in what the task asks; the script may give values, samples fill the rest.
            Fields = FormSampler.Complete(node.Fields, step.Fields, _engine.Org, DateOnly.FromDateTime(_calendar.ToLocal(_now).DateTime)),
        };
    }

    private SimulationStep StepFor(string node)
    {
        var visit = _visits[node] = _visits.GetValueOrDefault(node) + 1;
        if (_script.Steps.TryGetValue(node, out var steps) && steps.Count > 0)
        {
            return steps[Math.Min(visit, steps.Count) - 1];
        }
        return _script.Default ?? new SimulationStep();
    }

    private Duration TimeTaken(SimulationStep step, Node node) =>
        step.After ?? node switch
        {
            TaskNode { Deadline: { } limit } => limit,
            ApplicantTaskNode => new Duration(2, DurationUnit.WorkingDays),
            _ => new Duration(1, DurationUnit.WorkingDays),
        };

    private void Observe(MatterEvent e)
    {
        switch (e)
        {
            case TaskCreated created:
                var node = _definition.Node(created.Node);
                var step = StepFor(created.Node);
                _stepOf[created.Task] = step;
                _opened[created.Task] = e.At;
                _taskDue[created.Task] = _calendar.Add(e.At, TimeTaken(step, node)).At;
                break;
            case TaskCompleted completed:
                AddEntry(completed.Task, completed.Node, completed.Outcome, e.At);
                break;
            case TaskCancelled cancelled:
                if (_opened.ContainsKey(cancelled.Task))
                {
                    AddEntry(cancelled.Task, TaskNodeOf(cancelled.Task), "cancelled", e.At);
                }
                break;
            case TimerStarted { Timer.Kind: TimerKind.Node } started:
                _opened[started.Timer.Id] = e.At;
                break;
            case TimerElapsed elapsed when _opened.ContainsKey(elapsed.Timer):
                var token = _events.OfType<TimerStarted>().First(t => t.Timer.Id == elapsed.Timer).Timer.Token!;
                var at = _events.OfType<TokenMoved>().Last(m => m.Token == token && m.At <= _opened[elapsed.Timer]).Node;
                AddEntry(elapsed.Timer, at, "elapsed", e.At);
                break;
            case DeadlineEscalated escalated:
                var what = escalated.Task is null ? $"{_definition.Name} (matter)" : $"{_definition.Node(TaskNodeOf(escalated.Task)).Name} ({TaskNodeOf(escalated.Task)})";
                _notes.Add($"{Local(e.At)} {Term(escalated.Action)} {what}{(escalated.ToUnit is null ? "" : " → " + escalated.ToUnit)}");
                break;
            case MatterEnded ended:
                _notes.Add($"{Local(e.At)} ended: {ended.Result}{(ended.Node is null ? "" : " at " + ended.Node)}");
                break;
        }
    }

    private static string Term(EscalationAction action) => action switch
    {
        EscalationAction.Warn => "预警 warn",
        EscalationAction.Overdue => "超期 overdue",
        EscalationAction.Supervise => "督办 supervise",
        _ => "改派 reassign",
    };

    private string TaskNodeOf(string taskId) =>
        _events.OfType<TaskCreated>().First(t => t.Task == taskId).Node;

    private void AddEntry(string id, string nodeId, string? outcome, DateTimeOffset end)
    {
        var node = _definition.Node(nodeId);
        var start = _opened[id];
        _opened.Remove(id);
        var created = _events.OfType<TaskCreated>().FirstOrDefault(t => t.Task == id);
        IReadOnlyList<string> units = created is null || created.ForApplicant
            ? []
            : created.Items.Select(i => i.Unit).Distinct().Select(u => _engine.Org.FindUnit(u ?? "")?.Name ?? u ?? "").ToList();
        var holder = created is null
            ? "系统 (system)"
            : created.ForApplicant
                ? "申请人 (applicant)"
                : string.Join("、", units);
        var late = _events.OfType<DeadlineEscalated>().Any(x => x.Task == id && x.Action != EscalationAction.Warn);
        _timeline.Add(new TimelineEntry
        {
            Node = nodeId,
            Name = node.Name,
            Step = node.Step,
            StepEn = node.StepEn,
            Holder = holder,
            Units = units,
            Start = _calendar.ToLocal(start),
            End = _calendar.ToLocal(end),
            WorkingDays = _calendar.WorkingDaysBetween(start, end),
            Outcome = outcome,
            Late = late,
        });
    }
}
