using OneMatter.Engine.Definitions;
using OneMatter.Engine.Loading;

namespace OneMatter.Engine.Tests.Loading;

public sealed class DefinitionValidatorTests
{
    private static string Definition(string id, string start, string nodes) => $"""
        id: {id}
        name: 测试
        name-en: Test
        family: enforcement
        lead: cs-agriculture
        start: {start}
        nodes:
        {nodes}
        """;

    private static IReadOnlyList<LoadError> Load(string text, string file) =>
        DefinitionLoader.Load(text, file, BrokenCorpus.Context).Errors;

    [Fact]
    public void NestedSplits_WithTheirOwnJoins_AreSound()
    {
        var text = Definition("nested", "outer", """
              outer: { type: parallel, name: 外, branches: [a, inner], join: outer-done }
              a: { type: task, name: 甲, assignee: cs-housing, outcomes: { ok: outer-done } }
              inner: { type: parallel, name: 内, branches: [b, c], join: inner-done }
              b: { type: task, name: 乙, assignee: cs-housing, outcomes: { ok: inner-done } }
              c: { type: task, name: 丙, assignee: cs-housing, outcomes: { ok: inner-done, stop: done } }
              inner-done: { type: join, name: 内汇总, mode: any, next: outer-done }
              outer-done: { type: join, name: 外汇总, next: done }
              done: { type: end, name: 办结, result: closed }
            """);

        Assert.Empty(Load(text, "nested.yaml"));
    }

    [Fact]
    public void SplitWithoutJoin_LetsBranchesEndOnTheirOwn()
    {
        var text = Definition("multi", "split", """
              split: { type: parallel, name: 分派, branches: [a, b] }
              a: { type: task, name: 甲, assignee: cs-housing, outcomes: { ok: a-done } }
              b: { type: task, name: 乙, assignee: lead, outcomes: { ok: done } }
              a-done: { type: end, name: 甲结束, result: closed, terminate: false }
              done: { type: end, name: 办结, result: closed }
            """);

        Assert.Empty(Load(text, "multi.yaml"));
    }

    [Fact]
    public void ReworkLoopBackToTheSplit_IsSound()
    {
        var text = Definition("rework", "review", """
              review: { type: parallel, name: 联审, branches: [a, b], join: review-done }
              a: { type: task, name: 甲, assignee: cs-housing, outcomes: { ok: review-done } }
              b: { type: task, name: 乙, assignee: cs-housing, outcomes: { ok: review-done, reject: done } }
              review-done: { type: join, name: 汇总, next: decide }
              decide: { type: task, name: 决定, assignee: lead, outcomes: { approve: done, again: review } }
              done: { type: end, name: 办结, result: closed }
            """);

        Assert.Empty(Load(text, "rework.yaml"));
    }

    [Fact]
    public void UnknownNames_AreNotCheckedWithoutAContext()
    {
        var text = Samples.Minimal.Replace("cs-service-window", "nobody", StringComparison.Ordinal);

        var result = DefinitionLoader.Load(text, "minimal.yaml", LoadContext.None);

        Assert.Empty(result.Errors);
    }

    [Fact]
    public void CodeBuiltDefinition_IsValidatedAtItsElementLocations()
    {
        var at = new SourceLocation("designer", 3, 1);
        var definition = new MatterDefinition
        {
            Id = "built",
            Name = "代码",
            NameEn = "Built in code",
            Family = MatterFamily.Safety,
            Lead = "cs-agriculture",
            Start = "check",
            Nodes = new Dictionary<string, Node>
            {
                ["check"] = new TaskNode
                {
                    Id = "check",
                    Name = "检查",
                    Location = at,
                    Assignee = new UnitAssignee("cs-housing"),
                    Outcomes = [new Outcome { Id = "ok", Next = "closed", Location = at with { Line = 4 } }],
                },
                ["done"] = new EndNode { Id = "done", Name = "结束", Result = EndResult.Closed },
            },
        };

        var error = Assert.Single(DefinitionValidator.Validate(definition, BrokenCorpus.Context));

        Assert.Equal("designer:4:1: outcome \"ok\" of task \"check\" leads to node \"closed\", which does not exist", error.ToString());
    }

    [Fact]
    public void ShippedDefinitions_NameOnlyKnownFieldsAndNodes()
    {
        var result = Workspace.Load(Repository.Workflows, Repository.Templates);

        Assert.DoesNotContain(result.Errors, e => e.Message.Contains(" reads ", StringComparison.Ordinal));
    }
}
