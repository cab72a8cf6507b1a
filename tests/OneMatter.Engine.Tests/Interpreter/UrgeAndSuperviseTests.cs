using OneMatter.Engine.Commands;
using OneMatter.Engine.Effects;
using OneMatter.Engine.Events;
using OneMatter.Engine.Interpreter;

namespace OneMatter.Engine.Tests.Interpreter;

/// <summary>催办 and 督办: reminding the holder of a task, and formal supervision of it.</summary>
public class UrgeAndSuperviseTests
{
    private static readonly Actor Supervisor = Actor.Supervisor("chen", "command");

    private static MatterHarness InReview()
    {
        var h = MatterHarness.For(ApprovalFlowTests.Yaml);
        h.Start(ApprovalFlowTests.Form());
        h.Complete("accept", "accept");
        return h;
    }

    private static UrgeTask Urge(MatterHarness h, Actor actor) => new() { Actor = actor, TaskId = h.Task("land").Id, Message = "请今日办结" };

    private static SuperviseTask Supervise(MatterHarness h, Actor actor) => new() { Actor = actor, TaskId = h.Task("land").Id, Message = "限两日内办结" };

    [Fact]
    public void Urge_BySupervisor_CountsItAndNotifiesTheHoldingUnit()
    {
        var h = InReview();
        h.Must(Urge(h, Supervisor));
        h.Must(Urge(h, Supervisor));

        Assert.Equal(2, h.Task("land").Urged);
        Assert.Equal("请今日办结", h.EventsOf<TaskUrged>().First().Message);
        var notify = Assert.Single(h.Last!.Effects.OfType<Notify>());
        Assert.Equal(("land", NotificationKind.Urge, h.Task("land").Id), (notify.To, notify.Kind, notify.TaskId));
        Assert.Contains("请今日办结", notify.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Urge_ByLeadUnitOfficer_IsAllowed()
    {
        var h = InReview();
        h.Must(Urge(h, MatterHarness.Officer("agri")));
        Assert.Equal(1, h.Task("land").Urged);
    }

    [Theory]
    [InlineData("housing")]
    [InlineData("land")]
    public void Urge_ByPartnerUnitOfficer_IsNotTheirs(string unit)
    {
        var h = InReview();
        h.Refused(Urge(h, MatterHarness.Officer(unit)), RejectionCode.NotYourTask);
    }

    [Fact]
    public void Urge_ByApplicant_IsNotTheirs()
    {
        var h = InReview();
        h.Refused(Urge(h, Actor.ApplicantAccount("alice")), RejectionCode.NotYourTask);
    }

    [Fact]
    public void Urge_UnknownTask_IsUnknownTask()
    {
        var h = InReview();
        h.Refused(Urge(h, Supervisor) with { TaskId = "land.0" }, RejectionCode.UnknownTask);
    }

    [Fact]
    public void Supervise_BySupervisor_OpensSupervisionAndNotifiesTheHoldingUnit()
    {
        var h = InReview();
        h.Must(Supervise(h, Supervisor));

        Assert.True(h.Task("land").Supervised);
        Assert.False(h.Task("housing").Supervised);
        var supervised = Assert.Single(h.EventsOf<TaskSupervised>());
        Assert.Equal(("command", "限两日内办结", "chen"), (supervised.By, supervised.Message, supervised.Actor));
        var notify = Assert.Single(h.Last!.Effects.OfType<Notify>());
        Assert.Equal(("land", NotificationKind.Supervision), (notify.To, notify.Kind));
    }

    [Fact]
    public void Supervise_WithADocument_IssuesItForTheSupervisedTask()
    {
        var h = InReview();
        h.Must(Supervise(h, Supervisor) with { Document = "permit" });

        var issued = Assert.Single(h.EventsOf<DocumentIssued>(), d => d.Document == "permit");
        Assert.Equal((h.Task("land").Id, "land"), (issued.Supervised, issued.Node));
        var render = Assert.Single(h.Last!.Effects.OfType<RenderDocument>());
        Assert.Equal(issued.Number, render.Number);
    }

    [Fact]
    public void Supervise_WithAnUndeclaredDocument_IsRefusedNamingTheFieldAndChangesNothing()
    {
        var h = InReview();
        var before = h.State;

        var rejection = h.Refused(Supervise(h, Supervisor) with { Document = "permits" }, RejectionCode.InvalidField);

        Assert.Equal("document", rejection.Field);
        Assert.Contains("did you mean \"permit\"", rejection.Message, StringComparison.Ordinal);
        Assert.Same(before, h.State);
        Assert.False(h.Task("land").Supervised);
    }

    [Fact]
    public void Supervise_ByLeadUnitOfficer_IsNotTheirs()
    {
        var h = InReview();
        h.Refused(Supervise(h, MatterHarness.Officer("agri")), RejectionCode.NotYourTask);
    }

    [Fact]
    public void Supervise_ByHoldingOfficer_IsNotTheirs()
    {
        var h = InReview();
        h.Refused(Supervise(h, MatterHarness.Officer("land")), RejectionCode.NotYourTask);
    }

    [Fact]
    public void Supervise_AfterTheMatterEnded_IsNotAllowed()
    {
        var h = InReview();
        var command = Supervise(h, Supervisor);
        h.Must(new CancelMatter { Actor = Supervisor, Reason = "测试" });
        h.Refused(command, RejectionCode.NotAllowedInState);
    }
}
