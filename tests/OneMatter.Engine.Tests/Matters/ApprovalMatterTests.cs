using OneMatter.Engine.Commands;
using OneMatter.Engine.Definitions;
using OneMatter.Engine.Events;
using OneMatter.Engine.Interpreter;

namespace OneMatter.Engine.Tests.Matters;

/// <summary>restaurant-opening, enterprise-change, after-death: one window with 补正, parallel
/// joint review, decision by the lead, documents.</summary>
public sealed class ApprovalMatterTests
{
    private static IReadOnlyList<string> Reviews(MatterRun run) =>
        ((ParallelNode)run.Definition.Node("review")).Branches.Select(b => b.Node).ToList();

    private static IReadOnlyList<string> ResultDocuments(MatterRun run) =>
        ((TaskNode)run.Definition.Node("decide")).Outcomes.Single(o => o.Id == "approve").Documents;

    [Theory]
    [MemberData(nameof(Catalogue.ApprovalMatters), MemberType = typeof(Catalogue))]
    public void HappyPath_AcceptReviewAllAtOnceApprove_IssuesTheResultDocuments(string matter)
    {
        var run = new MatterRun(matter).Start();
        run.Complete("accept", "accept");

        // the joint review: every line open at once, the lead's own review among them
        Assert.Equal(Reviews(run).Order(), run.Open.Order());
        Assert.True(Reviews(run).Count >= 4);

        run.Drive();

        Assert.Equal(EndResult.Approved, run.State!.Result);
        Assert.Equal("issued", run.EndNode);
        Assert.Equal(["acceptance-receipt", "review-opinion", .. ResultDocuments(run)], run.Issued);
        Assert.All(run.Documents, d => Assert.Contains("常山县", d.Html, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Catalogue.ApprovalMatters), MemberType = typeof(Catalogue))]
    public void Correction_StopsTheClockUntilTheApplicantAnswers_ThenAcceptanceAgain(string matter)
    {
        var run = new MatterRun(matter).Start();
        run.Complete("accept", "correct");

        Assert.Equal(["correction"], run.Open);
        Assert.True(run.Task("correction").ForApplicant);
        Assert.Single(run.EventsOf<ClockPaused>());
        run.Clock.Advance(TimeSpan.FromDays(10));
        run.Answer("correction");
        Assert.Single(run.EventsOf<ClockResumed>());
        Assert.Equal(["accept"], run.Open);

        run.Drive();

        Assert.Equal(EndResult.Approved, run.State!.Result);
        Assert.Equal(["correction-notice", "acceptance-receipt", "review-opinion", .. ResultDocuments(run)], run.Issued);
    }

    [Theory]
    [MemberData(nameof(Catalogue.ApprovalMatters), MemberType = typeof(Catalogue))]
    public void Correction_NotAnsweredWithin30Days_IsTreatedAsWithdrawn(string matter)
    {
        var run = new MatterRun(matter).Start();
        run.Complete("accept", "correct");

        run.Advance(TimeSpan.FromDays(31));

        Assert.Equal(EndResult.Withdrawn, run.State!.Result);
        Assert.Equal("withdrawn", run.EndNode);
    }

    [Theory]
    [MemberData(nameof(Catalogue.ApprovalMatters), MemberType = typeof(Catalogue))]
    public void Return_RunsTheWholeJointReviewAgain(string matter)
    {
        var run = new MatterRun(matter).Start();

        run.Drive(new Dictionary<string, string[]> { ["decide"] = ["return"] });

        Assert.Equal(EndResult.Approved, run.State!.Result);
        Assert.All(Reviews(run), r => Assert.Equal(2, run.Completed.Count(n => n == r)));
        Assert.Equal(2, run.Issued.Count(d => d == "review-opinion"));
    }

    [Theory]
    [MemberData(nameof(Catalogue.ApprovalMatters), MemberType = typeof(Catalogue))]
    public void RefuseToAccept_EndsRejectedWithTheRefusalNotice(string matter)
    {
        var run = new MatterRun(matter).Start();

        run.Drive(new Dictionary<string, string[]> { ["accept"] = ["refuse"] });

        Assert.Equal(EndResult.Rejected, run.State!.Result);
        Assert.Equal("refused", run.EndNode);
        Assert.Equal(["refusal-notice"], run.Issued);
    }

    [Theory]
    [MemberData(nameof(Catalogue.ApprovalMatters), MemberType = typeof(Catalogue))]
    public void OneReviewFails_ApprovalIsBarredAndTheLeadRejects(string matter)
    {
        var run = new MatterRun(matter).Start();
        var failing = Reviews(run).Last();
        run.Complete("accept", "accept");
        foreach (var review in Reviews(run))
        {
            run.Complete(review, review == failing ? "fail" : "pass");
        }

        // the guard on approve: every review must have passed
        var refused = run.TryComplete("decide", "approve");
        Assert.Equal(CommandStatus.Rejected, refused.Status);
        Assert.True(run.IsOpen("decide"));

        run.Complete("decide", "reject");

        Assert.Equal(EndResult.Rejected, run.State!.Result);
        Assert.Equal("rejected", run.EndNode);
        Assert.Equal(["acceptance-receipt", "review-opinion", "rejection-notice"], run.Issued);
        Assert.Contains("不通过", run.Documents.Last().Html, StringComparison.Ordinal);
    }
}
