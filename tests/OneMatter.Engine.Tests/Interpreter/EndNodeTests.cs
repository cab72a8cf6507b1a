using OneMatter.Engine.Definitions;
using OneMatter.Engine.Events;
using OneMatter.Engine.Instances;

namespace OneMatter.Engine.Tests.Interpreter;

/// <summary>End nodes: a terminating end stops everything; <c>terminate: false</c> ends one path
/// and the matter ends when no path is left (implicit termination).</summary>
public class EndNodeTests
{
    private const string Yaml = """
        id: test
        name: 结束测试
        name-en: End test
        family: enforcement
        lead: agri
        start: fan-out
        nodes:
          fan-out: { type: parallel, name: 分头处置, branches: [fine, repair] }
          fine:
            type: task
            name: 处罚
            assignee: land
            outcomes: { done: fine-done, abort: stop-all }
          repair:
            type: task
            name: 整改
            assignee: housing
            outcomes: { done: repair-done }
          fine-done: { type: end, name: 处罚完毕, result: closed, terminate: false }
          repair-done: { type: end, name: 整改完毕, result: approved, terminate: false }
          stop-all: { type: end, name: 终止, result: rejected }
        """;

    private static MatterHarness Started()
    {
        var h = MatterHarness.For(Yaml);
        h.Start();
        return h;
    }

    [Fact]
    public void EndWithoutTerminate_EndsOnlyItsOwnPath()
    {
        var h = Started();
        h.Complete("fine", "done");

        Assert.Equal(MatterStatus.Running, h.State!.Status);
        Assert.True(h.IsOpen("repair"));
        Assert.Single(h.State.Tokens);
        Assert.Empty(h.EventsOf<MatterEnded>());
    }

    [Fact]
    public void EndWithoutTerminate_LastPathLeft_EndsTheMatterWithItsResult()
    {
        var h = Started();
        h.Complete("fine", "done");
        h.Complete("repair", "done");

        Assert.Equal(MatterStatus.Ended, h.State!.Status);
        var ended = Assert.Single(h.EventsOf<MatterEnded>());
        Assert.Equal((EndResult.Approved, "repair-done"), (ended.Result, ended.Node));
        Assert.Empty(h.State.Tokens);
    }

    [Fact]
    public void TerminatingEnd_EndsTheMatterAndCancelsTheOtherPaths()
    {
        var h = Started();
        var repair = h.Task("repair").Id;
        h.Complete("fine", "abort");

        Assert.Equal(EndResult.Rejected, h.State!.Result);
        Assert.Equal(repair, Assert.Single(h.EventsOf<TaskCancelled>()).Task);
        Assert.Empty(h.State.Tasks);
        Assert.Empty(h.State.Tokens);
    }
}
