using OneMatter.Engine.Definitions;
using OneMatter.Engine.Events;

namespace OneMatter.Engine.Tests.Matters;

/// <summary>rental-safety, gas-safety, forest-fire: joint inspection, rectification notice,
/// re-inspection loop, closure.</summary>
public sealed class SafetyMatterTests
{
    private static IReadOnlyList<string> Checks(MatterRun run) =>
        ((ParallelNode)run.Definition.Node("inspect")).Branches.Select(b => b.Node).ToList();

    [Theory]
    [MemberData(nameof(Catalogue.SafetyMatters), MemberType = typeof(Catalogue))]
    public void NoHazard_ClosedAfterTheJointInspection(string matter)
    {
        var run = new MatterRun(matter).Start(new Dictionary<string, string?> { ["source"] = "random" });

        // inspect once, together: every line at once
        Assert.Equal(Checks(run).Order(), run.Open.Order());
        Assert.True(Checks(run).Count >= 4);
        run.Drive();

        Assert.Equal(EndResult.Closed, run.State!.Result);
        Assert.Equal("safe", run.EndNode);
        Assert.Equal(["inspection-record"], run.Issued);
    }

    [Theory]
    [MemberData(nameof(Catalogue.SafetyMatters), MemberType = typeof(Catalogue))]
    public void Hazard_RectifiedByTheDateOnTheNotice_ReinspectedAndClosed(string matter)
    {
        var run = new MatterRun(matter).Start();
        run.Drive(new Dictionary<string, string[]> { ["assess"] = ["hazard"] });

        Assert.Equal("rectified", run.EndNode);
        Assert.Equal(["inspection-record", "rectification-notice", "reinspection-opinion"], run.Issued);
        // the re-inspection waits for the date on the notice
        var order = run.EventsOf<TaskCompleted>().Single(e => e.Node == "order");
        var elapsed = run.TimersFired.Single(t => t.Node == "rectify");
        Assert.Equal(order.Fields["rectify_by"], DateOnly.FromDateTime(elapsed.At.ToOffset(TimeSpan.FromHours(8)).DateTime).ToString("yyyy-MM-dd"));
        // printed the way a Chinese notice writes a date (2026年3月16日), not as the stored ISO text
        var rectifyBy = DateOnly.ParseExact(order.Fields["rectify_by"]!, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var notice = run.Documents.Single(d => d.Issued.Document == "rectification-notice").Html;
        Assert.Contains(rectifyBy.ToString("yyyy年M月d日", System.Globalization.CultureInfo.InvariantCulture), notice, StringComparison.Ordinal);
        Assert.DoesNotContain(order.Fields["rectify_by"]!, notice, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Catalogue.SafetyMatters), MemberType = typeof(Catalogue))]
    public void NotRectified_ANewNoticeAndAnotherReinspection(string matter)
    {
        var run = new MatterRun(matter).Start();

        run.Drive(new Dictionary<string, string[]> { ["assess"] = ["hazard"], ["reinspect"] = ["fail", "pass"] });

        Assert.Equal("rectified", run.EndNode);
        Assert.Equal(2, run.Issued.Count(d => d == "rectification-notice"));
        Assert.Equal(2, run.Issued.Count(d => d == "reinspection-opinion"));
        Assert.Equal(2, run.TimersFired.Count(t => t.Node == "rectify"));
    }

    [Theory]
    [MemberData(nameof(Catalogue.SafetyMatters), MemberType = typeof(Catalogue))]
    public void RefusedRectification_IsReferredForEnforcement(string matter)
    {
        var run = new MatterRun(matter).Start();

        run.Drive(new Dictionary<string, string[]> { ["assess"] = ["hazard"], ["reinspect"] = ["refer"] });

        Assert.Equal(EndResult.Rejected, run.State!.Result);
        Assert.Equal("referred", run.EndNode);
        Assert.Equal(["inspection-record", "rectification-notice", "referral-notice"], run.Issued);
    }

    [Theory]
    [MemberData(nameof(Catalogue.SafetyMatters), MemberType = typeof(Catalogue))]
    public void MajorHazard_IsReferredAtOnce(string matter)
    {
        var run = new MatterRun(matter).Start();

        run.Drive(new Dictionary<string, string[]> { ["assess"] = ["major"] });

        Assert.Equal("referred", run.EndNode);
        Assert.Equal(["inspection-record", "referral-notice"], run.Issued);
        Assert.Contains("重大事故隐患", run.Documents.Last().Html, StringComparison.Ordinal);
    }

    [Fact]
    public void RentalSafety_LedByThePoliceStationOfTheTownship()
    {
        var run = new MatterRun("rental-safety").Start(new Dictionary<string, string?> { ["township"] = "tianma" });

        Assert.Equal("tianma-police", run.Task("lead-check").Items.Single().Unit);
        Assert.Equal("tianma-gov", run.Task("township").Items.Single().Unit);
    }
}
