using OneMatter.Engine.Commands;
using OneMatter.Engine.Events;
using OneMatter.Engine.Interpreter;

namespace OneMatter.Engine.Tests.Interpreter;

/// <summary>Skipping a task declared <c>skippable</c>: it completes with its first outcome.</summary>
public class SkipTaskTests
{
    private const string Yaml = """
        id: test
        name: 跳过测试
        name-en: Skip test
        family: enforcement
        lead: agri
        start: visit
        nodes:
          visit:
            type: task
            name: 回访
            assignee: housing
            skippable: true
            deadline: 3 working days
            outcomes: { satisfied: close, unsatisfied: redo }
          close:
            type: task
            name: 结案
            assignee: agri
            outcomes: { close: done }
          redo:
            type: task
            name: 重办
            assignee: agri
            outcomes: { done: done }
          done: { type: end, name: 结案, result: closed }
        """;

    private static MatterHarness Started()
    {
        var h = MatterHarness.For(Yaml);
        h.Start();
        return h;
    }

    private static SkipTask Skip(MatterHarness h, string node, Actor actor) =>
        new() { Actor = actor, TaskId = h.Task(node).Id, Reason = "群众电话无法接通" };

    [Fact]
    public void Skip_SkippableTask_CompletesWithItsFirstOutcomeMarkedSkipped()
    {
        var h = Started();
        h.Must(Skip(h, "visit", MatterHarness.Officer("housing")));

        var completed = Assert.Single(h.EventsOf<TaskCompleted>());
        Assert.True(completed.Skipped);
        Assert.Equal(("satisfied", "群众电话无法接通"), (completed.Outcome, completed.Comment));
        Assert.Equal("satisfied", h.State!.Records["visit"].Outcome);
        Assert.True(h.IsOpen("close"));
        Assert.Single(h.Last!.Events.OfType<DeadlineCleared>());
    }

    [Fact]
    public void Skip_BySupervisor_IsAllowed()
    {
        var h = Started();
        h.Must(Skip(h, "visit", Actor.Supervisor("chen", "command")));
        Assert.True(h.IsOpen("close"));
    }

    [Fact]
    public void Skip_TaskNotSkippable_IsNotAllowed()
    {
        var h = Started();
        h.Complete("visit", "satisfied");
        h.Refused(Skip(h, "close", MatterHarness.Officer("agri")), RejectionCode.NotAllowedInState);
        h.Refused(Skip(h, "close", Actor.Supervisor("chen", "command")), RejectionCode.NotAllowedInState);
    }

    [Fact]
    public void Skip_ByOfficerNotHoldingTheTask_IsNotTheirs()
    {
        var h = Started();
        h.Refused(Skip(h, "visit", MatterHarness.Officer("land")), RejectionCode.NotYourTask);
    }

    [Fact]
    public void Skip_UnknownTask_IsUnknownTask()
    {
        var h = Started();
        h.Refused(Skip(h, "visit", MatterHarness.Officer("housing")) with { TaskId = "visit.0" }, RejectionCode.UnknownTask);
    }
}
