using OneMatter.Engine.Commands;
using OneMatter.Engine.Events;
using OneMatter.Engine.Interpreter;

namespace OneMatter.Engine.Tests.Interpreter;

/// <summary>Comments for the record, by the people involved in a matter.</summary>
public class CommentOnMatterTests
{
    private static MatterHarness InReview()
    {
        var h = MatterHarness.For(ApprovalFlowTests.Yaml);
        h.Start(ApprovalFlowTests.Form());
        h.Complete("accept", "accept");
        return h;
    }

    [Fact]
    public void Comment_ByOwnApplicant_IsRecordedWithAttachments()
    {
        var h = InReview();
        var before = h.State!;
        h.Must(new CommentOnMatter { Actor = Actor.ApplicantAccount("alice"), Text = "补充说明", Attachments = ["f1", "f2"] });

        var comment = Assert.Single(h.EventsOf<CommentAdded>());
        Assert.Equal(("补充说明", null, "alice"), (comment.Text, comment.Task, comment.Actor));
        Assert.Equal(["f1", "f2"], comment.Attachments.ToArray());
        Assert.Empty(h.Last!.Effects);
        // Nothing but the version moves.
        Assert.Equal(StateJson.Of(before with { Version = h.State!.Version }), StateJson.Of(h.State));
    }

    [Fact]
    public void Comment_ByOfficerHoldingATask_OnThatTask_IsRecorded()
    {
        var h = InReview();
        var land = h.Task("land").Id;
        h.Must(new CommentOnMatter { Actor = MatterHarness.Officer("land"), TaskId = land, Text = "需现场踏勘" });
        Assert.Equal(land, Assert.Single(h.EventsOf<CommentAdded>()).Task);
    }

    [Theory]
    [InlineData("agri")]   // lead unit
    [InlineData("housing")] // holds another open task
    public void Comment_ByInvolvedOfficer_IsRecorded(string unit)
    {
        var h = InReview();
        h.Must(new CommentOnMatter { Actor = MatterHarness.Officer(unit), Text = "已阅" });
        Assert.Single(h.EventsOf<CommentAdded>());
    }

    [Fact]
    public void Comment_BySupervisor_IsRecorded()
    {
        var h = InReview();
        h.Must(new CommentOnMatter { Actor = Actor.Supervisor("chen", "command"), Text = "加快办理" });
        Assert.Single(h.EventsOf<CommentAdded>());
    }

    [Fact]
    public void Comment_ByUninvolvedOfficer_IsNotTheirs()
    {
        var h = InReview();
        h.Refused(new CommentOnMatter { Actor = MatterHarness.Officer("fire"), Text = "路过" }, RejectionCode.NotYourTask);
    }

    [Fact]
    public void Comment_ByAnotherApplicant_IsNotTheirs()
    {
        var h = InReview();
        h.Refused(new CommentOnMatter { Actor = Actor.ApplicantAccount("mallory"), Text = "路过" }, RejectionCode.NotYourTask);
    }

    [Fact]
    public void Comment_Empty_RefusedNamingTheText()
    {
        var h = InReview();
        var rejection = h.Refused(new CommentOnMatter { Actor = Actor.ApplicantAccount("alice"), Text = "  " }, RejectionCode.InvalidField);
        Assert.Equal("text", rejection.Field);
    }

    [Fact]
    public void Comment_OnUnknownTask_IsUnknownTask()
    {
        var h = InReview();
        h.Refused(new CommentOnMatter { Actor = Actor.ApplicantAccount("alice"), TaskId = "land.0", Text = "?" }, RejectionCode.UnknownTask);
    }
}
