using OneMatter.Engine.Commands;
using OneMatter.Engine.Definitions;
using OneMatter.Engine.Events;
using OneMatter.Engine.Interpreter;

namespace OneMatter.Engine.Tests.Interpreter;

/// <summary>Workflow Resource Patterns (Russell et al.): who gets the work and how it moves.</summary>
public class ResourcePatternTests
{
    /// <summary>A matter with one task whose assignee is <paramref name="assignee"/>.</summary>
    private static string OneTask(string assignee, string lead = "agri", string more = "") => $$"""
        id: test
        name: 分派测试
        name-en: Allocation test
        family: enforcement
        lead: {{lead}}
        jurisdiction: form.township
        form:
          - { id: township, label: 乡镇, type: jurisdiction, level: township }
          - { id: village, label: 村, type: jurisdiction, level: village }
        start: work
        nodes:
          work:
            type: task
            name: 办理
            assignee: {{assignee}}
            {{more}}
            outcomes: { done: visit, redo: work }
          visit:
            type: task
            name: 回访
            assignee: agri
            skippable: true
            outcomes: { satisfied: done, unsatisfied: work }
          done: { type: end, name: 办结, result: closed }
        """;

    private static MatterHarness Start(string yaml, string? township = "east", string? village = null)
    {
        var h = MatterHarness.For(yaml);
        var form = new Dictionary<string, string?>();
        if (township is not null)
        {
            form["township"] = township;
        }
        if (village is not null)
        {
            form["village"] = village;
        }
        h.Start(form);
        return h;
    }

    private static CompleteTask Complete(MatterHarness h, Actor actor, string node = "work", string outcome = "done") =>
        new() { Actor = actor, TaskId = h.Task(node).Id, Outcome = outcome };

    [Fact]
    public void DirectAllocation_OnlyTheNamedOfficerMayAct()
    {
        var h = Start(OneTask("{ unit: land, user: wang }"));
        var item = h.Task("work").Items.Single();
        Assert.Equal(("land", "wang"), (item.Unit, item.User));

        var rejection = h.Refused(Complete(h, Actor.Officer("li", "land")), RejectionCode.NotYourTask);
        Assert.Contains("指定给他人", rejection.Message, StringComparison.Ordinal);
        h.Refused(new ClaimTask { Actor = Actor.Officer("li", "land"), TaskId = h.Task("work").Id }, RejectionCode.NotYourTask);
        h.Must(Complete(h, Actor.Officer("wang", "land")));
        Assert.Equal("wang", h.State!.Records["work"].By);
    }

    [Fact]
    public void RoleBasedAllocation_OfficerWithoutTheRoleIsRefused()
    {
        var h = Start(OneTask("{ unit: land, role: chief }"));
        Assert.Equal("chief", h.Task("work").Items.Single().Role);

        h.Refused(Complete(h, Actor.Officer("li", "land", "clerk")), RejectionCode.NotYourTask);
        h.Refused(Complete(h, Actor.Officer("qian", "housing", "chief")), RejectionCode.NotYourTask);
        h.Must(Complete(h, Actor.Officer("wang", "land", "chief")));
    }

    [Theory]
    [InlineData("east", "east-gov")]
    [InlineData("west", "west-gov")]
    public void TerritorialAllocation_ResolvesToTheUnitOfThatKindForThePlace(string township, string unit)
    {
        var h = Start(OneTask("{ kind: township-government, jurisdiction: form.township }"), township);
        Assert.Equal(unit, h.Task("work").Items.Single().Unit);
        h.Refused(Complete(h, MatterHarness.Officer(unit == "east-gov" ? "west-gov" : "east-gov")), RejectionCode.NotYourTask);
        h.Must(Complete(h, MatterHarness.Officer(unit)));
    }

    [Theory]
    [InlineData("east-v1", "east-gov")]
    [InlineData("west-v1", "west-gov")]
    public void TerritorialAllocation_VillageIsServedByItsTownship(string village, string unit)
    {
        var h = Start(OneTask("{ kind: township-government, jurisdiction: form.village }"), village: village);
        Assert.Equal(unit, h.Task("work").Items.Single().Unit);
    }

    [Theory]
    [InlineData("west", null)]
    [InlineData("east", null)]
    [InlineData(null, "west-v1")]
    public void TerritorialAllocation_KindPresentOnlyAtZoneLevel_LandsAtTheZoneHubTeam(string? township, string? village)
    {
        var place = township is null ? "form.village" : "form.township";
        var h = Start(OneTask($"{{ kind: enforcement-team, jurisdiction: {place} }}"), township, village);
        Assert.Equal("zone-a-team", h.Task("work").Items.Single().Unit);
    }

    [Fact]
    public void TerritorialAllocation_LeadGivenAsAKind_IsTheUnitOfThePlace()
    {
        var h = Start(OneTask("lead", lead: "township-government"), "west");
        Assert.Equal("west-gov", h.State!.LeadUnit);
        Assert.Equal("west-gov", h.Task("work").Items.Single().Unit);
    }

    [Fact]
    public void UnresolvableAllocation_NoUnitOfThatKindCoversThePlace_IsRefused()
    {
        var h = MatterHarness.For(OneTask("{ kind: village-committee, jurisdiction: form.township }"));
        var rejection = h.Refused(
            new StartMatter { Actor = Actor.ApplicantAccount("alice"), InstanceId = "M1", Form = new Dictionary<string, string?> { ["township"] = "east" } },
            RejectionCode.UnresolvedAssignment);
        Assert.Contains("village-committee", rejection.Message, StringComparison.Ordinal);
        Assert.Null(h.State);
    }

    [Fact]
    public void UnresolvableAllocation_NoPlaceGiven_IsRefused()
    {
        var h = MatterHarness.For(OneTask("{ kind: township-government, jurisdiction: form.township }"));
        h.Refused(new StartMatter { Actor = Actor.ApplicantAccount("alice"), InstanceId = "M1" }, RejectionCode.UnresolvedAssignment);
    }

    private const string Deferred = """
        id: test
        name: 分拨
        name-en: Dispatch
        family: enforcement
        lead: command
        start: triage
        nodes:
          triage:
            type: task
            name: 指挥中心分拨
            assignee: command
            fields:
              - { id: dispatch_to, label: 承办单位, required: true }
            outcomes: { dispatch: handle }
          handle:
            type: task
            name: 承办
            assignee: { from: nodes.triage.fields.dispatch_to }
            outcomes: { done: done }
          done: { type: end, name: 办结, result: closed }
        """;

    private static CompleteTask Dispatch(MatterHarness h, string to) => new()
    {
        Actor = MatterHarness.Officer("command"), TaskId = h.Task("triage").Id, Outcome = "dispatch",
        Fields = new Dictionary<string, string?> { ["dispatch_to"] = to },
    };

    [Theory]
    [InlineData("fire")]
    [InlineData("housing")]
    public void DeferredAllocation_TheUnitIsChosenByAnEarlierTask(string unit)
    {
        var h = MatterHarness.For(Deferred);
        h.Start();
        h.Must(Dispatch(h, unit));
        Assert.Equal(unit, h.Task("handle").Items.Single().Unit);
        h.Must(Complete(h, MatterHarness.Officer(unit), "handle"));
    }

    [Fact]
    public void DeferredAllocation_ToAUnitNotInTheDirectory_IsUnresolvedAssignment()
    {
        var h = MatterHarness.For(Deferred);
        h.Start();
        var rejection = h.Refused(Dispatch(h, "moon-bureau"), RejectionCode.UnresolvedAssignment);
        Assert.Contains("moon-bureau", rejection.Message, StringComparison.Ordinal);
        Assert.True(h.IsOpen("triage"));
    }

    [Fact]
    public void Delegation_TheDelegateWorksAndHandsItBackToTheOwner()
    {
        var h = Start(OneTask("land"));
        var id = h.Task("work").Id;
        h.Must(new DelegateTask { Actor = Actor.Officer("wang", "land"), TaskId = id, ToUnit = "fire" });
        h.Refused(Complete(h, Actor.Officer("zhou", "fire")), RejectionCode.NotAllowedInState);
        h.Must(new ResolveDelegation { Actor = Actor.Officer("zhou", "fire"), TaskId = id });
        h.Must(Complete(h, Actor.Officer("wang", "land")));
        Assert.Equal("land", h.State!.Records["work"].Unit);
    }

    [Fact]
    public void Escalation_OverdueWorkIsReassignedToAnotherUnit()
    {
        var more = "deadline: 1 working day\n    escalation: [ { at: 100%, do: reassign, to: housing } ]";
        var h = Start(OneTask("land", more: more));
        h.Advance(TimeSpan.FromDays(3));

        Assert.Equal("housing", h.Task("work").Items.Single().Unit);
        Assert.Equal(EscalationAction.Reassign, h.EventsOf<DeadlineEscalated>().Single().Action);
        h.Must(Complete(h, MatterHarness.Officer("housing")));
    }

    [Fact]
    public void Reallocation_TransferHandsTheWorkToAnotherUnitForGood()
    {
        var h = Start(OneTask("land"));
        h.Must(new TransferTask { Actor = Actor.Officer("wang", "land"), TaskId = h.Task("work").Id, ToUnit = "housing" });
        h.Refused(Complete(h, Actor.Officer("wang", "land")), RejectionCode.NotYourTask);
        h.Must(Complete(h, MatterHarness.Officer("housing")));
        Assert.Equal("housing", h.State!.Records["work"].Unit);
    }

    [Fact]
    public void Deallocation_ReleasedWorkGoesBackToTheUnitsQueue()
    {
        var h = Start(OneTask("land"));
        var id = h.Task("work").Id;
        h.Must(new ClaimTask { Actor = Actor.Officer("wang", "land"), TaskId = id });
        h.Refused(new ClaimTask { Actor = Actor.Officer("li", "land"), TaskId = id }, RejectionCode.AlreadyClaimed);

        h.Must(new ReleaseTask { Actor = Actor.Officer("wang", "land"), TaskId = id });
        h.Must(new ClaimTask { Actor = Actor.Officer("li", "land"), TaskId = id });
        h.Must(Complete(h, Actor.Officer("li", "land")));
    }

    [Fact]
    public void Skip_ASkippableStepIsPassedOverWithItsFirstOutcome()
    {
        var h = Start(OneTask("land"));
        h.Must(Complete(h, Actor.Officer("wang", "land")));
        h.Must(new SkipTask { Actor = MatterHarness.Officer("agri"), TaskId = h.Task("visit").Id, Reason = "无法联系" });
        Assert.True(h.EventsOf<TaskCompleted>().Single(c => c.Node == "visit").Skipped);
        Assert.Equal(EndResult.Closed, h.State!.Result);
    }

    [Fact]
    public void Redo_ReturningToADoneStepOpensItAgain()
    {
        var h = Start(OneTask("land"));
        h.Must(Complete(h, Actor.Officer("wang", "land")));
        h.Must(new ReturnTask { Actor = MatterHarness.Officer("agri"), TaskId = h.Task("visit").Id, ToNode = "work", Reason = "群众不满意" });

        Assert.False(h.IsOpen("visit"));
        Assert.Equal("land", h.Task("work").Items.Single().Unit);
        h.Must(Complete(h, Actor.Officer("wang", "land")));
        Assert.Equal(2, h.EventsOf<TaskCompleted>().Count(c => c.Node == "work"));
    }
}
