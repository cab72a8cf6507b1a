using OneMatter.Engine.Definitions;
using OneMatter.Engine.Events;

namespace OneMatter.Engine.Tests.Matters;

/// <summary>dispute-mediation and wage-arrears: intake, mediation by the lead with partners,
/// agreement or referral, follow-up.</summary>
public sealed class DisputeMatterTests
{
    [Theory]
    [MemberData(nameof(Catalogue.DisputeMatters), MemberType = typeof(Catalogue))]
    public void Agreement_PerformedAfterThePerformancePeriod_IsResolved(string matter)
    {
        var run = new MatterRun(matter).Start();

        run.Drive();

        Assert.Equal(EndResult.Closed, run.State!.Result);
        Assert.Equal("resolved", run.EndNode);
        Assert.Equal(["acceptance-notice", "agreement"], run.Issued);
        Assert.Contains(run.TimersFired, t => t.Node == "performance");
        Assert.Equal("follow-up", run.Completed[^1]);
    }

    [Theory]
    [InlineData("dispute-mediation", "labour", "false", new[] { "investigate", "grassroots", "labour" })]
    [InlineData("dispute-mediation", "property", "true", new[] { "investigate", "grassroots", "petition", "property" })]
    [InlineData("dispute-mediation", "neighbour", "false", new[] { "investigate", "grassroots" })]
    [InlineData("wage-arrears", "construction", "false", new[] { "investigate", "contractor", "union" })]
    [InlineData("wage-arrears", "service", "true", new[] { "investigate", "union", "police" })]
    public void Partners_JoinOnlyWhenTheCaseNeedsThem(string matter, string type, string flag, string[] expected)
    {
        var flagField = matter == "wage-arrears" ? "employer_fled" : "petitioned";
        var run = new MatterRun(matter).Start(new Dictionary<string, string?> { ["dispute_type"] = type, [flagField] = flag });
        run.Complete("register", "accept");

        Assert.Equal(expected.Order(), run.Open.Order());

        run.Drive();
        Assert.Equal(EndResult.Closed, run.State!.Result);
    }

    [Fact]
    public void DisputeMediation_TheTownshipsJudicialOfficeMediatesOnItsGround()
    {
        var run = new MatterRun("dispute-mediation").Start(new Dictionary<string, string?> { ["township"] = "hejia" });
        run.Complete("register", "accept");

        Assert.Equal("hejia-judicial", run.Task("grassroots").Items.Single().Unit);
    }

    [Theory]
    [MemberData(nameof(Catalogue.DisputeMatters), MemberType = typeof(Catalogue))]
    public void Supplement_StopsTheClockAndReturnsToRegistration(string matter)
    {
        var run = new MatterRun(matter).Start();

        run.Drive(new Dictionary<string, string[]> { ["register"] = ["supplement", "accept"] });

        Assert.Equal(EndResult.Closed, run.State!.Result);
        Assert.Single(run.EventsOf<ClockPaused>());
        Assert.Single(run.EventsOf<ClockResumed>());
        Assert.Equal(2, run.Completed.Count(n => n == "register"));
    }

    [Theory]
    [MemberData(nameof(Catalogue.DisputeMatters), MemberType = typeof(Catalogue))]
    public void AnotherRound_RunsTheJointHandlingAgain(string matter)
    {
        var run = new MatterRun(matter).Start();

        run.Drive(new Dictionary<string, string[]> { ["mediate"] = ["continue", "agree"] });

        Assert.Equal("resolved", run.EndNode);
        Assert.Equal(2, run.Completed.Count(n => n == "investigate"));
        Assert.Equal(2, run.Completed.Count(n => n == "mediate"));
    }

    [Theory]
    [MemberData(nameof(Catalogue.DisputeMatters), MemberType = typeof(Catalogue))]
    public void FailedMediation_IsReferredToTheCourt(string matter)
    {
        var run = new MatterRun(matter).Start();

        run.Drive(new Dictionary<string, string[]> { ["mediate"] = ["fail"] });

        Assert.Equal(EndResult.Closed, run.State!.Result);
        Assert.Equal("referred", run.EndNode);
        Assert.Equal(["acceptance-notice", "referral-letter"], run.Issued);
        Assert.Equal(("refer", "cs-court"), (run.EventsOf<TaskCompleted>().Last().Node, run.EventsOf<TaskCompleted>().Last().Unit));
    }

    [Theory]
    [MemberData(nameof(Catalogue.DisputeMatters), MemberType = typeof(Catalogue))]
    public void AgreementNotPerformed_IsReferredAtTheFollowUp(string matter)
    {
        var run = new MatterRun(matter).Start();

        run.Drive(new Dictionary<string, string[]> { ["follow-up"] = ["unfulfilled"] });

        Assert.Equal("referred", run.EndNode);
        Assert.Equal(["acceptance-notice", "agreement", "referral-letter"], run.Issued);
    }

    [Theory]
    [MemberData(nameof(Catalogue.DisputeMatters), MemberType = typeof(Catalogue))]
    public void NotAccepted_EndsRejectedWithTheRefusalNotice(string matter)
    {
        var run = new MatterRun(matter).Start();

        run.Complete("register", "refuse");

        Assert.Equal(EndResult.Rejected, run.State!.Result);
        Assert.Equal("not-accepted", run.EndNode);
        Assert.Equal(["refusal-notice"], run.Issued);
    }
}
