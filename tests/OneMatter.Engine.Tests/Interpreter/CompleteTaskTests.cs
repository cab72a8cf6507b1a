using OneMatter.Engine.Commands;
using OneMatter.Engine.Definitions;
using OneMatter.Engine.Effects;
using OneMatter.Engine.Events;
using OneMatter.Engine.Instances;
using OneMatter.Engine.Interpreter;

namespace OneMatter.Engine.Tests.Interpreter;

/// <summary>办理: completing a task with an outcome and the task's own fields.</summary>
public class CompleteTaskTests
{
    private const string Yaml = """
        id: test
        name: 现场核查
        name-en: Site check
        family: enforcement
        lead: agri
        form:
          - { id: name, label: 申请人, required: true }
        documents:
          record: { name: 核查记录, template: site-record }
        start: check
        nodes:
          check:
            type: task
            name: 现场核查
            assignee: land
            fields:
              - { id: opinion, label: 核查意见, required: true, max: 20 }
              - { id: measured, label: 实测面积, type: number, min: 1 }
            outcomes:
              pass: { label: 通过, next: review, documents: [record] }
              fail: { label: 不通过, next: rejected }
              odd: { label: 异常, next: rejected, when: "form.name" }
          review:
            type: task
            name: 复核
            assignee: agri
            outcomes:
              confirm: { next: approved, when: "nodes.check.fields.measured < 200" }
              escalate: rejected
          approved: { type: end, name: 通过, result: approved }
          rejected: { type: end, name: 不通过, result: rejected }
        """;

    private static readonly Actor Land = Actor.Officer("wang", "land");

    private static MatterHarness Started()
    {
        var h = MatterHarness.For(Yaml);
        h.Start(new Dictionary<string, string?> { ["name"] = "张三" });
        return h;
    }

    private static CompleteTask Check(MatterHarness h, string outcome, Dictionary<string, string?>? fields = null) =>
        new() { Actor = Land, TaskId = h.Task("check").Id, Outcome = outcome, Fields = fields ?? new() { ["opinion"] = "属实" } };

    [Fact]
    public void Complete_ValidOutcome_RecordsItIssuesDocumentsAndMovesOn()
    {
        var h = Started();
        h.Must(Check(h, "pass", new() { ["opinion"] = "属实", ["measured"] = "150.5" }) with { Comment = "现场已拍照" });

        var completed = Assert.Single(h.EventsOf<TaskCompleted>());
        Assert.Equal("pass", completed.Outcome);
        Assert.Equal("wang", completed.Actor);
        Assert.Equal("现场已拍照", completed.Comment);
        Assert.Equal("150.5", completed.Fields["measured"]);
        var record = h.State!.Records["check"];
        Assert.Equal(("pass", "land", "wang"), (record.Outcome, record.Unit, record.By));
        Assert.False(h.IsOpen("check"));
        Assert.Equal("agri", h.Task("review").Items.Single().Unit);
        var issued = Assert.Single(h.EventsOf<DocumentIssued>());
        Assert.Equal(("record", "site-record", "check"), (issued.Document, issued.Template, issued.Node));
        Assert.Contains(h.Last!.Effects.OfType<RenderDocument>(), r => r.Number == issued.Number && r.Template == "site-record");
        Assert.Equal(issued.Number, Assert.Single(h.State.Documents));
    }

    [Fact]
    public void Complete_GuardReadingEarlierTaskFields_IsEvaluatedOnTypedValues()
    {
        var h = Started();
        h.Must(Check(h, "pass", new() { ["opinion"] = "属实", ["measured"] = "250" }));
        var review = h.Task("review").Id;
        h.Refused(new CompleteTask { Actor = MatterHarness.Officer("agri"), TaskId = review, Outcome = "confirm" }, RejectionCode.GuardFalse);
        h.Must(new CompleteTask { Actor = MatterHarness.Officer("agri"), TaskId = review, Outcome = "escalate" });
        Assert.Equal(EndResult.Rejected, h.State!.Result);
    }

    [Fact]
    public void Complete_UnknownOutcome_RefusedListingTheChoices()
    {
        var h = Started();
        var rejection = h.Refused(Check(h, "maybe"), RejectionCode.UnknownOutcome);
        Assert.Equal("outcome", rejection.Field);
        Assert.Contains("pass, fail, odd", rejection.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Complete_MissingRequiredTaskField_RefusedNamingIt()
    {
        var h = Started();
        var rejection = h.Refused(Check(h, "pass", new() { ["measured"] = "10" }), RejectionCode.InvalidField);
        Assert.Equal("opinion", rejection.Field);
    }

    [Theory]
    [InlineData("measured", "0")]
    [InlineData("measured", "lots")]
    [InlineData("opinion", "这一段核查意见写得太长了超过了二十个字的限制啊")]
    public void Complete_InvalidTaskField_RefusedNamingIt(string field, string value)
    {
        var h = Started();
        var fields = new Dictionary<string, string?> { ["opinion"] = "属实", [field] = value };
        var rejection = h.Refused(Check(h, "pass", fields), RejectionCode.InvalidField);
        Assert.Equal(field, rejection.Field);
        Assert.True(h.IsOpen("check"));
    }

    [Fact]
    public void Complete_UnknownTaskField_RefusedNamingIt()
    {
        var h = Started();
        var rejection = h.Refused(Check(h, "pass", new() { ["opinion"] = "属实", ["weather"] = "晴" }), RejectionCode.InvalidField);
        Assert.Equal("weather", rejection.Field);
    }

    [Fact]
    public void Complete_GuardThatDoesNotGiveABoolean_IsAnExpressionFailure()
    {
        var h = Started();
        var rejection = h.Refused(Check(h, "odd"), RejectionCode.ExpressionFailed);
        Assert.Contains("form.name", rejection.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Complete_AlreadyCompletedTask_IsAConflictNamingWhoCompletedIt()
    {
        var h = Started();
        var first = Check(h, "pass");
        h.Must(first);

        var rejection = h.Refused(first with { Actor = Actor.Officer("zhao", "land"), Outcome = "fail" }, RejectionCode.Conflict);
        Assert.Contains("wang", rejection.Message, StringComparison.Ordinal);
        Assert.Contains("land", rejection.Message, StringComparison.Ordinal);
        Assert.Contains("pass", rejection.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Complete_ByOfficerOfAnotherUnit_IsNotTheirs()
    {
        var h = Started();
        h.Refused(Check(h, "pass") with { Actor = MatterHarness.Officer("housing") }, RejectionCode.NotYourTask);
    }

    [Fact]
    public void Complete_BySupervisor_IsNotTheirs()
    {
        var h = Started();
        h.Refused(Check(h, "pass") with { Actor = Actor.Supervisor("chen", "command") }, RejectionCode.NotYourTask);
    }

    [Fact]
    public void Complete_UnknownTask_IsUnknownTask()
    {
        var h = Started();
        h.Refused(Check(h, "pass") with { TaskId = "check.77" }, RejectionCode.UnknownTask);
    }

    [Fact]
    public void Complete_TwiceOnTheLastTask_SecondIsAConflictEvenAfterTheEnd()
    {
        var h = Started();
        var check = Check(h, "fail");
        h.Must(check);
        Assert.Equal(MatterStatus.Ended, h.State!.Status);
        var rejection = h.Refused(check, RejectionCode.Conflict);
        Assert.Contains("already completed by", rejection.Message, StringComparison.Ordinal);
    }
}
