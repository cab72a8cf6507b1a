using OneMatter.Engine.Commands;
using OneMatter.Engine.Definitions;
using OneMatter.Engine.Effects;
using OneMatter.Engine.Events;
using OneMatter.Engine.Interpreter;

namespace OneMatter.Engine.Tests.Interpreter;

/// <summary>Call nodes: starting a child matter and going on by its result.</summary>
public class CallNodeTests
{
    private const string Yaml = """
        id: test
        name: 调用测试
        name-en: Call test
        family: approval
        lead: agri
        form:
          - { id: name, label: 申请人, required: true }
          - { id: village, label: 村, type: jurisdiction, level: village, required: true }
        start: check
        nodes:
          check:
            type: call
            name: 竣工验收
            matter: completion-check
            inputs: { applicant_name: form.name, village: form.village }
            results: { approved: done, rejected: rectify }
            next: review
          rectify:
            type: task
            name: 整改
            assignee: housing
            outcomes: { done: done }
          review:
            type: task
            name: 人工复核
            assignee: agri
            outcomes: { done: done }
          done: { type: end, name: 办结, result: approved }
        """;

    private static readonly Dictionary<string, string?> Form = new() { ["name"] = "张三", ["village"] = "east-v1" };

    private static (MatterHarness H, string Child) Calling()
    {
        var h = MatterHarness.For(Yaml);
        h.Start(Form);
        return (h, Assert.Single(h.State!.Calls).Child);
    }

    private static CompleteCall Return(string child, EndResult result) => new() { Actor = Actor.System, ChildInstanceId = child, Result = result };

    [Fact]
    public void Call_StartsTheChildMatterWithItsInputs()
    {
        var (h, child) = Calling();

        var started = Assert.Single(h.EventsOf<CallStarted>());
        Assert.Equal(("completion-check", "check", child), (started.Matter, started.Node, started.Child));
        Assert.StartsWith("M1-check-", child, StringComparison.Ordinal);
        var effect = Assert.Single(h.Effects.OfType<StartChildMatter>());
        Assert.Equal((child, "completion-check", "M1"), (effect.ChildInstanceId, effect.Matter, effect.InstanceId));
        Assert.Equal("张三", effect.Form["applicant_name"]);
        Assert.Equal("east-v1", effect.Form["village"]);
        Assert.Empty(h.State!.Tasks);
    }

    [Fact]
    public void CompleteCall_ResultWithItsOwnWay_GoesThere()
    {
        var (h, child) = Calling();
        h.Must(Return(child, EndResult.Rejected));

        Assert.Equal(EndResult.Rejected, Assert.Single(h.EventsOf<CallReturned>()).Result);
        Assert.Empty(h.State!.Calls);
        Assert.True(h.IsOpen("rectify"));
    }

    [Fact]
    public void CompleteCall_Approved_GoesToItsEnd()
    {
        var (h, child) = Calling();
        h.Must(Return(child, EndResult.Approved));
        Assert.Equal(EndResult.Approved, h.State!.Result);
    }

    [Fact]
    public void CompleteCall_ResultWithoutItsOwnWay_TakesNext()
    {
        var (h, child) = Calling();
        h.Must(Return(child, EndResult.Withdrawn));
        Assert.True(h.IsOpen("review"));
    }

    [Fact]
    public void CompleteCall_UnknownChild_IsIgnored()
    {
        var (h, _) = Calling();
        Assert.Equal(CommandStatus.Ignored, h.Send(Return("M1-other-9", EndResult.Approved)).Status);
        Assert.Single(h.State!.Calls);
    }

    [Fact]
    public void CompleteCall_Repeated_IsIgnoredTheSecondTime()
    {
        var (h, child) = Calling();
        h.Must(Return(child, EndResult.Rejected));
        Assert.Equal(CommandStatus.Ignored, h.Send(Return(child, EndResult.Approved)).Status);
        Assert.True(h.IsOpen("rectify"));
    }

    [Fact]
    public void ChildMatter_WhenItEnds_ReportsToItsParent()
    {
        var h = MatterHarness.For(ApprovalFlowTests.Yaml);
        h.Must(new StartMatter { Actor = Actor.System, InstanceId = "M1-check-5", Form = ApprovalFlowTests.Form(), Parent = "M1" });
        Assert.Equal("M1", h.State!.Parent);
        h.Complete("accept", "refuse");

        var report = Assert.Single(h.Effects.OfType<ReportToParent>());
        Assert.Equal(("M1", EndResult.Rejected, "M1-check-5"), (report.ParentInstanceId, report.Result, report.InstanceId));
    }
}
