using OneMatter.Engine.Commands;
using OneMatter.Engine.Events;
using OneMatter.Engine.Interpreter;

namespace OneMatter.Engine.Tests.Interpreter;

/// <summary>Decision nodes: the first condition that holds wins, else the default.</summary>
public class DecisionNodeTests
{
    private const string Yaml = """
        id: test
        name: 分流
        name-en: Routing
        family: approval
        lead: agri
        form:
          - { id: area, label: 面积, type: number, required: true }
          - { id: note, label: 备注 }
        start: route
        nodes:
          route:
            type: decision
            name: 按面积分流
            conditions:
              - { when: "form.area > 200", next: big }
              - { when: "form.area > 100", next: medium }
            default: small
          big: { type: task, name: 大, assignee: land, outcomes: { ok: done } }
          medium: { type: task, name: 中, assignee: housing, outcomes: { ok: done } }
          small: { type: task, name: 小, assignee: agri, outcomes: { ok: done } }
          done: { type: end, name: 办结, result: approved }
        """;

    [Theory]
    [InlineData("250", "big", 0)]     // both conditions hold: the first wins
    [InlineData("150", "medium", 1)]
    [InlineData("100", "small", -1)]  // none holds: the default
    public void Decision_TakesTheFirstConditionThatHolds_ElseTheDefault(string area, string expected, int condition)
    {
        var h = MatterHarness.For(Yaml);
        h.Start(new Dictionary<string, string?> { ["area"] = area });

        var taken = Assert.Single(h.EventsOf<DecisionTaken>());
        Assert.Equal(("route", condition, expected), (taken.Node, taken.Condition, taken.Next));
        Assert.Equal(expected, Assert.Single(h.State!.Tasks).Node);
        Assert.True(h.State.Records.ContainsKey("route"));
    }

    [Fact]
    public void Decision_ConditionThatFailsAtRunTime_RefusesTheCommandWithExpressionFailed()
    {
        var yaml = Yaml.Replace("form.area > 200", "form.note", StringComparison.Ordinal);
        var h = MatterHarness.For(yaml);
        var rejection = h.Refused(
            new StartMatter { Actor = Actor.ApplicantAccount("alice"), InstanceId = "M1", Form = new Dictionary<string, string?> { ["area"] = "5", ["note"] = "急" } },
            RejectionCode.ExpressionFailed);
        Assert.Contains("route", rejection.Message, StringComparison.Ordinal);
        Assert.Null(h.State);
    }
}
