using OneMatter.Engine.Definitions;
using OneMatter.Engine.Effects;
using OneMatter.Engine.Events;

namespace OneMatter.Engine.Tests.Matters;

/// <summary>The eight enforcement matters: report → triage (微事快办 or dispatch) → joint handling →
/// closure with evidence → feedback → satisfaction visit, with ownership disputes back to triage.</summary>
public sealed class EnforcementMatterTests
{
    private static IReadOnlyList<string> Joint(MatterRun run) =>
        ((ParallelNode)run.Definition.Node("joint")).Branches.Select(b => b.Node).ToList();

    [Theory]
    [MemberData(nameof(Catalogue.EnforcementMatters), MemberType = typeof(Catalogue))]
    public void Dispatched_LeadAndPartnersHandleAtOnce_ClosedWithEvidenceFeedbackAndVisit(string matter)
    {
        var run = new MatterRun(matter).Start(new Dictionary<string, string?> { ["source"] = "hotline" });
        Assert.Equal(["register"], run.Open);
        Assert.Equal("baishi-info-room", run.Task("register").Items.Single().Unit);
        run.Complete("register", "register");
        Assert.Equal("cs-command-centre", run.Task("triage").Items.Single().Unit);
        run.Complete("triage", "dispatch");
        run.Complete("sign-for", "accept");

        Assert.Equal(Joint(run).Order(), run.Open.Order());
        Assert.True(Joint(run).Count >= 3);

        run.Drive(new Dictionary<string, string[]> { ["handle"] = ["order"] });

        Assert.Equal(EndResult.Closed, run.State!.Result);
        Assert.Equal("closed", run.EndNode);
        Assert.Equal(["dispatch-sheet", "correction-order", "closure-report", "closure-feedback"], run.Issued);
        var feedback = Assert.Single(run.EventsOf<NotificationSent>(), n => n.Node == "feedback");
        Assert.Equal(MatterRun.Applicant, feedback.To); // the reporter's account
        Assert.Contains(run.State.Form["location"]!, feedback.Message, StringComparison.Ordinal);
        Assert.Equal("visit", run.Completed[^1]);
        Assert.DoesNotContain("quick", run.Completed);
    }

    [Theory]
    [MemberData(nameof(Catalogue.EnforcementMatters), MemberType = typeof(Catalogue))]
    public void SmallMatter_FastPath_TheGridClosesItDirectly(string matter)
    {
        var run = new MatterRun(matter).Start(new Dictionary<string, string?> { ["source"] = "grid" });
        run.Complete("register", "register");
        run.Complete("triage", "fast");

        Assert.Equal("baishi-grid", run.Task("quick").Items.Single().Unit);

        run.Drive();

        Assert.Equal(EndResult.Closed, run.State!.Result);
        Assert.Equal(["register", "triage", "quick", "visit"], run.Completed);
        Assert.Equal(["quick-closure", "closure-feedback"], run.Issued);
    }

    [Theory]
    [MemberData(nameof(Catalogue.EnforcementMatters), MemberType = typeof(Catalogue))]
    public void SmallMatterTooBig_GoesBackToTriageAndIsDispatched(string matter)
    {
        var run = new MatterRun(matter).Start();

        run.Drive(new Dictionary<string, string[]> { ["triage"] = ["fast", "dispatch"], ["quick"] = ["escalate"] });

        Assert.Equal(EndResult.Closed, run.State!.Result);
        Assert.Equal(2, run.Completed.Count(n => n == "triage"));
        Assert.Equal(["dispatch-sheet", "closure-report", "closure-feedback"], run.Issued);
    }

    [Theory]
    [MemberData(nameof(Catalogue.EnforcementMatters), MemberType = typeof(Catalogue))]
    public void OwnershipDispute_GoesBackToTheCommandCentre_WhichDispatchesAgain(string matter)
    {
        var run = new MatterRun(matter).Start();
        run.Complete("register", "register");
        run.Complete("triage", "dispatch");

        run.Complete("sign-for", "dispute");

        Assert.Equal(["triage"], run.Open);
        run.Drive();
        Assert.Equal(EndResult.Closed, run.State!.Result);
        Assert.Equal(["register", "triage", "sign-for", "triage", "sign-for"], run.Completed.Take(5));
        Assert.Equal(2, run.Issued.Count(d => d == "dispatch-sheet"));
    }

    [Theory]
    [MemberData(nameof(Catalogue.EnforcementMatters), MemberType = typeof(Catalogue))]
    public void NotFinished_AndUnsatisfiedReporter_ReturnToHandlingAndToTriage(string matter)
    {
        var run = new MatterRun(matter).Start();

        run.Drive(new Dictionary<string, string[]> { ["close"] = ["return"], ["visit"] = ["reopen"] });

        Assert.Equal(EndResult.Closed, run.State!.Result);
        // close → return runs the joint handling again; visit → reopen goes back to triage
        Assert.Equal(3, run.Completed.Count(n => n == "handle"));
        Assert.Equal(2, run.Completed.Count(n => n == "triage"));
        Assert.Equal(2, run.EventsOf<NotificationSent>().Count(n => n.Node == "feedback"));
        Assert.Equal(2, run.Issued.Count(d => d == "closure-report"));
    }

    [Theory]
    [MemberData(nameof(Catalogue.EnforcementMatters), MemberType = typeof(Catalogue))]
    public void UnfoundedReport_IsNotRegistered(string matter)
    {
        var run = new MatterRun(matter).Start();

        run.Complete("register", "unfounded");

        Assert.Equal(EndResult.Rejected, run.State!.Result);
        Assert.Equal("unfounded", run.EndNode);
        Assert.Empty(run.Issued);
    }

    [Fact]
    public void IllegalConstruction_LeadIsTheZoneTeamOfTheTownship()
    {
        var run = new MatterRun("illegal-construction").Start(new Dictionary<string, string?> { ["township"] = "qiuchuan" });
        run.Complete("register", "register");
        run.Complete("triage", "dispatch");

        Assert.Equal("zone-west-team", run.Task("sign-for").Items.Single().Unit);
        Assert.Contains(run.Effects.OfType<Notify>(), n => n.To == "zone-west-team");
    }
}
